/**
 * The title and legend drawn into an exported image: plain DOM placed in the
 * React Flow viewport, in flow coordinates, for the time of the capture only.
 * Colours are the theme's CSS variables, so the picture matches the canvas.
 */
import type { ExportLayout } from './export-size';
import { LEGEND_HEIGHT, MARGIN } from './export-size';

const LINES = [
  { label: 'Reports to', color: 'var(--edge-reports)', dash: '' },
  { label: 'Dotted line', color: 'var(--edge-reports)', dash: '6 5' },
  { label: 'Member of team', color: 'var(--edge-member)', dash: '' },
  { label: 'Engages', color: 'var(--edge-engages)', dash: '' },
] as const;

const CARDS = [
  { label: 'Product Manager', color: 'var(--pm)' },
  { label: 'Product Owner', color: 'var(--po)' },
] as const;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, style: string, text?: string) {
  const element = doc.createElement(tag);
  element.setAttribute('style', style);
  if (text !== undefined) element.textContent = text;
  return element;
}

function legend(doc: Document, ink: string): HTMLElement {
  const row = el(
    doc,
    'div',
    `position:absolute;left:${MARGIN}px;right:${MARGIN}px;bottom:${MARGIN / 2}px;height:${LEGEND_HEIGHT - 12}px;display:flex;gap:20px;align-items:center;font:12px system-ui,sans-serif;color:${ink}`,
  );
  row.className = 'op-export-legend';
  for (const line of LINES) {
    const item = el(doc, 'span', 'display:inline-flex;align-items:center;gap:6px');
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '28');
    svg.setAttribute('height', '8');
    const path = doc.createElementNS('http://www.w3.org/2000/svg', 'line');
    for (const [k, v] of [
      ['x1', '0'],
      ['y1', '4'],
      ['x2', '28'],
      ['y2', '4'],
      ['stroke-width', '2'],
    ])
      path.setAttribute(k as string, v as string);
    path.setAttribute('style', `stroke:${line.color}${line.dash === '' ? '' : `;stroke-dasharray:${line.dash}`}`);
    svg.append(path);
    item.append(svg, line.label);
    row.append(item);
  }
  for (const card of CARDS) {
    const item = el(doc, 'span', 'display:inline-flex;align-items:center;gap:6px');
    item.append(el(doc, 'span', `width:12px;height:12px;border-radius:3px;background:${card.color}`), card.label);
    row.append(item);
  }
  return row;
}

/** Adds the overlay to the viewport; returns the function that removes it. */
export function addOverlay(
  viewport: HTMLElement,
  layout: ExportLayout,
  options: { title: string | null; legend: boolean; ink: string },
): () => void {
  const doc = viewport.ownerDocument;
  const box = el(
    doc,
    'div',
    `position:absolute;left:${layout.originX}px;top:${layout.originY}px;width:${layout.cssWidth}px;height:${layout.cssHeight}px;pointer-events:none;z-index:2000`,
  );
  box.className = 'op-export-overlay';
  // The arrowheads' <marker> definitions live outside the viewport; a copy inside keeps them in the picture.
  const markers = doc.querySelector('svg.op-markers');
  if (markers !== null) box.append(markers.cloneNode(true));
  if (options.title !== null) {
    box.append(
      el(
        doc,
        'div',
        `position:absolute;left:${MARGIN}px;top:${MARGIN / 2}px;font:600 24px system-ui,sans-serif;color:${options.ink};white-space:nowrap`,
        options.title,
      ),
    );
  }
  if (options.legend) box.append(legend(doc, options.ink));
  viewport.append(box);
  return () => {
    box.remove();
  };
}
