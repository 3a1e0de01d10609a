/**
 * A display list as a standalone SVG document: plain rect, text, polyline
 * and polygon elements (no foreignObject, no CSS, no scripts), so it renders
 * the same in browsers, librsvg, resvg and vector editors.
 */
import type { DisplayItem, DisplayList } from './display-list';
import { escapeXml } from './xml-text';

export const FONT_FAMILY = "'DejaVu Sans', 'Helvetica Neue', Arial, Helvetica, sans-serif";

const n = (value: number): string => String(Math.round(value * 100) / 100);
const pointsOf = (points: readonly { x: number; y: number }[]): string =>
  points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');

function element(item: DisplayItem): string {
  switch (item.kind) {
    case 'rect': {
      const stroke =
        item.stroke === undefined
          ? ''
          : ` stroke="${item.stroke}" stroke-width="${n(item.strokeWidth ?? 1)}"${item.dash === undefined ? '' : ` stroke-dasharray="${item.dash}"`}`;
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" rx="${n(item.radius)}" fill="${item.fill}"${stroke}/>`;
    }
    case 'text':
      return `<text${item.role === undefined ? '' : ` class="${item.role}"`} x="${n(item.x)}" y="${n(item.y)}" font-size="${n(item.size)}"${item.bold ? ' font-weight="bold"' : ''} fill="${item.fill}"${item.anchor === 'middle' ? ' text-anchor="middle"' : ''}>${escapeXml(item.text)}</text>`;
    case 'line':
      return `<polyline points="${pointsOf(item.points)}" fill="none" stroke="${item.stroke}" stroke-width="${n(item.width)}"${item.dash === undefined ? '' : ` stroke-dasharray="${item.dash}"`} stroke-linejoin="round"/>`;
    case 'polygon':
      return `<polygon points="${pointsOf(item.points)}" fill="${item.fill}"/>`;
  }
}

/** The SVG document; `scale` multiplies the pixel size, the drawing stays vector. */
export function displayListToSvg(list: DisplayList, scale = 1): string {
  const body = list.items.map(element).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${n(list.width * scale)}" height="${n(list.height * scale)}" viewBox="0 0 ${n(list.width)} ${n(list.height)}" font-family="${escapeXml(FONT_FAMILY)}">
${body}
</svg>
`;
}
