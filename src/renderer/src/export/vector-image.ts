/**
 * The picture of a large plan, drawn as plain SVG from the rendered canvas:
 * html-to-image inlines every computed style of every element, which for
 * 1,500 cards takes minutes. Here each card becomes a rectangle with its
 * colours and two lines of text, each line keeps its path and stroke, so
 * the export takes seconds. PNGs are this SVG drawn onto a canvas.
 */
import { removeUnsafeCharacters } from '@shared/text/unsafe-characters';
import type { FlowNode } from '../canvas/flow-types';
import { LEGEND_HEIGHT, MARGIN, type ExportLayout } from './export-size';

/** Text on a white background (the light theme's --text), legible even when exporting from the dark theme. */
export const INK_ON_WHITE = '#1a2030';

/** Above this many cards the simplified drawing is used (the canvas itself renders only visible cards then). */
export const VECTOR_THRESHOLD = 300;

/** Text as XML: markup escaped, and characters XML cannot hold at all (U+0001, U+FFFF…) removed. */
const xml = (text: string): string =>
  removeUnsafeCharacters(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

const LEGEND = [
  ['Reports to', 'var(--edge-reports)', ''],
  ['Dotted line', 'var(--edge-reports)', '6 5'],
  ['Member of team', 'var(--edge-member)', ''],
  ['Engages', 'var(--edge-engages)', ''],
] as const;

function resolveColour(probe: HTMLElement, value: string): string {
  probe.style.color = value;
  return getComputedStyle(probe).color;
}

function cardSvg(node: FlowNode, card: Element | undefined): string {
  const { x, y } = node.position;
  const width = node.width ?? 220;
  const height = node.height ?? 84;
  const style = card === undefined ? undefined : getComputedStyle(card);
  const fill = style?.backgroundColor ?? '#fff';
  const stroke = style?.borderTopColor ?? '#c3c9d3';
  const tone = style?.getPropertyValue('--tone').trim() ?? '';
  const plan = node.data.node;
  const title = plan.title ?? '';
  const text = style?.color ?? '#1a2030';
  return [
    `<g><rect x="${x}" y="${y}" width="${width}" height="${height}" rx="10" fill="${fill === 'rgba(0, 0, 0, 0)' ? '#fff' : fill}" stroke="${stroke}"/>`,
    tone === '' ? '' : `<rect x="${x}" y="${y + 6}" width="4" height="${height - 12}" rx="2" fill="${tone}"/>`,
    `<text x="${x + 14}" y="${y + height / 2 - 2}" font-size="14" font-weight="600" fill="${text}">${xml(plan.name.slice(0, 28))}</text>`,
    title === ''
      ? ''
      : `<text x="${x + 14}" y="${y + height / 2 + 16}" font-size="11" fill="${text}" fill-opacity="0.7">${xml(title.slice(0, 34))}</text>`,
    '</g>',
  ].join('');
}

function edgesSvg(viewport: HTMLElement): string {
  const parts: string[] = [];
  for (const path of viewport.querySelectorAll<SVGPathElement>('.react-flow__edge-path')) {
    const style = getComputedStyle(path);
    const dash = style.strokeDasharray === 'none' ? '' : ` stroke-dasharray="${style.strokeDasharray}"`;
    const end = path.getAttribute('marker-end');
    const marker = end === null ? '' : ` marker-end="${xml(end)}"`;
    parts.push(
      `<path d="${xml(path.getAttribute('d') ?? '')}" fill="none" stroke="${style.stroke}" stroke-width="${style.strokeWidth}"${dash}${marker}/>`,
    );
  }
  return parts.join('');
}

/** The arrowheads' definitions with their theme colours resolved (CSS classes do not reach an SVG image). */
function markersSvg(doc: Document): string {
  const defs: string[] = [];
  for (const marker of doc.querySelectorAll('svg.op-markers marker')) {
    const copy = marker.cloneNode(true) as Element;
    const shape = marker.querySelector('path');
    const fill = shape === null ? '#4b5567' : getComputedStyle(shape).fill;
    copy.querySelector('path')?.setAttribute('fill', fill);
    copy.querySelector('path')?.removeAttribute('class');
    defs.push(copy.outerHTML);
  }
  return `<defs>${defs.join('')}</defs>`;
}

export function vectorSvg(
  viewport: HTMLElement,
  nodes: readonly FlowNode[],
  layout: ExportLayout,
  options: { readonly title: string | null; readonly legend: boolean; readonly background: string | null },
): string {
  const doc = viewport.ownerDocument;
  const cards = new Map<string, Element>();
  for (const element of viewport.querySelectorAll('.react-flow__node')) {
    const id = element.getAttribute('data-id');
    if (id !== null && element.firstElementChild !== null) cards.set(id, element.firstElementChild);
  }
  const { originX: x0, originY: y0, cssWidth: w, cssHeight: h } = layout;
  // On white, dark text whatever the theme; on a transparent background, the theme's text colour.
  const text = options.background === null ? getComputedStyle(viewport).color : INK_ON_WHITE;
  const probe = doc.createElement('span');
  viewport.append(probe);
  const legend = options.legend
    ? LEGEND.map(([label, colour, dash], i) => {
        const x = x0 + MARGIN + i * 150;
        const y = y0 + h - LEGEND_HEIGHT / 2 - MARGIN / 2;
        const stroke = resolveColour(probe, colour);
        return `<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${stroke}" stroke-width="2"${dash === '' ? '' : ` stroke-dasharray="${dash}"`}/><text x="${x + 36}" y="${y + 4}" font-size="12" fill="${text}">${label}</text>`;
      }).join('')
    : '';
  probe.remove();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${x0} ${y0} ${w} ${h}" font-family="system-ui, sans-serif">`,
    markersSvg(doc),
    options.background === null
      ? ''
      : `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="${options.background}"/>`,
    options.title === null
      ? ''
      : `<text x="${x0 + MARGIN}" y="${y0 + MARGIN / 2 + 24}" font-size="24" font-weight="600" fill="${text}">${xml(options.title)}</text>`,
    edgesSvg(viewport),
    nodes.map((node) => cardSvg(node, cards.get(node.id))).join(''),
    legend,
    '</svg>',
  ].join('');
}

/** Draws an SVG onto a canvas of the layout's pixel size and returns the PNG bytes. */
export async function svgToPng(svg: string, layout: ExportLayout): Promise<Uint8Array> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await image.decode();
  } catch {
    // The browser says only "EncodingError" (or an Event): say what failed instead.
    throw new Error('the browser could not draw the chart as an image');
  }
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, layout.width, layout.height);
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  if (blob === null) throw new Error(`the browser could not make a ${layout.width} × ${layout.height} px PNG`);
  return new Uint8Array(await blob.arrayBuffer());
}
