/**
 * Text widths without a DOM to measure in: an average advance per character
 * of a sans-serif face (wide enough for DejaVu Sans, the widest common one),
 * so a line cut to fit here fits in any renderer.
 */

const ADVANCE = 0.56;
const BOLD_ADVANCE = 0.62;
const ELLIPSIS = '…';

/** Estimated width in pixels of `text` at `size` pixels. */
export function textWidth(text: string, size: number, bold: boolean): number {
  return Array.from(text).length * size * (bold ? BOLD_ADVANCE : ADVANCE);
}

/** `text` on one line, cut with an ellipsis if it would be wider than `width`. */
export function fitText(text: string, width: number, size: number, bold: boolean): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  const fits = Math.floor(width / (size * (bold ? BOLD_ADVANCE : ADVANCE)));
  if (chars.length <= fits) return oneLine;
  return `${chars
    .slice(0, Math.max(0, fits - 1))
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}

/** The largest size from `size` down to `smallest` at which `text` fits in `width`; the smallest if none does. */
export function fittingSize(text: string, width: number, size: number, smallest: number, bold: boolean): number {
  let fits = size;
  while (fits > smallest && textWidth(text, fits, bold) > width) fits -= 0.5;
  return fits;
}

/**
 * `text` in at most two lines no wider than `width`, broken at the last space
 * that fits (or mid-word if none does); the second line is cut if still too long.
 */
export function wrapTwoLines(text: string, width: number, size: number, bold: boolean): string[] {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const perLine = Math.floor(width / (size * (bold ? BOLD_ADVANCE : ADVANCE)));
  const chars = Array.from(oneLine);
  if (chars.length <= perLine) return [oneLine];
  const head = chars.slice(0, perLine + 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > 0 ? Array.from(head.slice(0, space)).length : perLine;
  const first = chars.slice(0, cut).join('').trimEnd();
  const rest = chars.slice(cut).join('').trim();
  return [first, fitText(rest, width, size, bold)];
}
