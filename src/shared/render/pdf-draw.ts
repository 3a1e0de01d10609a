/**
 * Drawing display-list items on a pdf-lib page: chart pixels are mapped to
 * points through a View (top-down, as in SVG); pdf-lib's drawSvgPath and
 * drawText flip to PDF's bottom-up coordinates.
 */
import { rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Position } from '../model/types';
import type { DisplayItem } from './display-list';
import { PAGE_MARGIN } from './pages';
import { INK, INK_MUTED } from './palette';

/** Characters Windows-1252 (the standard fonts' encoding) has beyond Latin-1. */
const CP1252_EXTRA = new Set(Array.from('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'));
/** Letters whose accent is not a combining mark: the nearest Windows-1252 letter. */
const NEAREST: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŧ: 'T',
  ŧ: 't',
};
/** Shown for a character the PDF's fonts cannot print at all: visibly a gap, never a wrong letter. */
export const UNPRINTABLE = '?';

const inCp1252 = (c: string): boolean => {
  const code = c.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(c);
};

/**
 * One character as the standard PDF fonts can print it (they are Windows-1252
 * only; @pdf-lib/fontkit, which would embed a Unicode font, is not installed):
 * itself; else the same letter with fewer accents ("ễ" as "ê", "ő" as "o");
 * else its nearest letter ("ł" as "l"); else UNPRINTABLE.
 */
function printableChar(c: string): string {
  if (inCp1252(c)) return c;
  const near = NEAREST[c];
  if (near !== undefined) return near;
  const marks = Array.from(c.normalize('NFD'));
  while (marks.length > 1) {
    marks.pop();
    const fewer = marks.join('').normalize('NFC');
    if (Array.from(fewer).every(inCp1252)) return fewer;
  }
  return UNPRINTABLE;
}

/** Text the standard PDF fonts can encode: drawing anything else would throw. */
export function printable(text: string): string {
  return Array.from(text, printableChar).join('');
}

export function colour(hex: string): RGB {
  const value = Number.parseInt(hex.slice(1), 16);
  return rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255);
}

export interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** Where chart pixels land on a page, top-down; drawSvgPath and drawText flip to PDF's bottom-up. */
export interface View {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
  readonly left: number;
  readonly top: number;
}

export const at = (view: View, p: Position): Position => ({
  x: view.left + (p.x - view.x) * view.scale,
  y: view.top + (p.y - view.y) * view.scale,
});

export function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  const k = Math.min(r, w / 2, h / 2);
  if (k <= 0) return `M ${x} ${y} H ${x + w} V ${y + h} H ${x} Z`;
  return `M ${x + k} ${y} H ${x + w - k} A ${k} ${k} 0 0 1 ${x + w} ${y + k} V ${y + h - k} A ${k} ${k} 0 0 1 ${x + w - k} ${y + h} H ${x + k} A ${k} ${k} 0 0 1 ${x} ${y + h - k} V ${y + k} A ${k} ${k} 0 0 1 ${x + k} ${y} Z`;
}

export function text(
  page: PDFPage,
  fonts: Fonts,
  value: string,
  x: number,
  y: number,
  size: number,
  bold = false,
  fill = INK,
): void {
  page.drawText(printable(value), {
    x,
    y: page.getHeight() - y,
    size,
    font: bold ? fonts.bold : fonts.regular,
    color: colour(fill),
  });
}

export function drawItem(page: PDFPage, fonts: Fonts, view: View, item: DisplayItem, withText: boolean): void {
  const origin = { x: 0, y: page.getHeight() };
  const s = view.scale;
  if (item.kind === 'rect') {
    const p = at(view, item);
    page.drawSvgPath(roundedRect(p.x, p.y, item.width * s, item.height * s, item.radius * s), {
      ...origin,
      color: colour(item.fill),
      ...(item.stroke === undefined
        ? {}
        : { borderColor: colour(item.stroke), borderWidth: (item.strokeWidth ?? 1) * s }),
      ...(item.dash === undefined ? {} : { borderDashArray: item.dash.split(' ').map((d) => Number(d) * s) }),
    });
  } else if (item.kind === 'line' || item.kind === 'polygon') {
    const points = item.points.map((p) => at(view, p));
    const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
    if (item.kind === 'polygon') page.drawSvgPath(`${path} Z`, { ...origin, color: colour(item.fill) });
    else {
      page.drawSvgPath(path, {
        ...origin,
        borderColor: colour(item.stroke),
        borderWidth: item.width * s,
        ...(item.dash === undefined ? {} : { borderDashArray: item.dash.split(' ').map((d) => Number(d) * s) }),
      });
    }
  } else if (withText) {
    const p = at(view, item);
    const font = item.bold ? fonts.bold : fonts.regular;
    const value = printable(item.text);
    const x = item.anchor === 'middle' ? p.x - font.widthOfTextAtSize(value, item.size * s) / 2 : p.x;
    text(page, fonts, value, x, p.y, item.size * s, item.bold, item.fill);
  }
}

export function header(page: PDFPage, fonts: Fonts, title: string, label: string): void {
  text(page, fonts, title, PAGE_MARGIN, PAGE_MARGIN + 10, 11, true);
  const width = fonts.regular.widthOfTextAtSize(label, 9);
  text(page, fonts, label, page.getWidth() - PAGE_MARGIN - width, PAGE_MARGIN + 10, 9, false, INK_MUTED);
}
