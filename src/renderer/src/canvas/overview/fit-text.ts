/**
 * A label cut to a width with an ellipsis, as the cards' CSS `text-overflow: ellipsis` does. Measuring is the
 * costly part of drawing text, so the cut is remembered per font, width (to the pixel) and text.
 */

/** The measuring part of a 2D context. */
export interface TextMeasurer {
  font: string;
  measureText(text: string): { readonly width: number };
}

const ELLIPSIS = '…';
/** Enough for every label of a 20,000-person plan at a couple of zooms; cleared when full. */
const CACHE_LIMIT = 50_000;

export function createTextFitter(): (measurer: TextMeasurer, text: string, maxWidth: number) => string {
  const cache = new Map<string, string>();
  return (measurer, text, maxWidth) => {
    const width = Math.floor(maxWidth);
    const key = `${measurer.font}\u0000${width}\u0000${text}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    let fitted = text;
    if (measurer.measureText(text).width > width) {
      // The longest prefix that fits with the ellipsis: a binary search, a handful of measurements.
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measurer.measureText(text.slice(0, mid).trimEnd() + ELLIPSIS).width <= width) lo = mid;
        else hi = mid - 1;
      }
      fitted = lo === 0 ? '' : text.slice(0, lo).trimEnd() + ELLIPSIS;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, fitted);
    return fitted;
  };
}
