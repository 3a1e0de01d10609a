/**
 * The exported image's size, known before anything is drawn: the chart's size
 * (the core display list: cards, title, legend) at the chosen scale. A browser
 * canvas holds at most 16,384 px a side and about 268 Mpx; when the scale
 * asked for would pass that, the largest scale within it is used and the
 * dialog says so (the PDF prints every card at full size on pages instead).
 */

export const MAX_CANVAS_SIDE = 16_384;
/** 16,384²: Chromium's canvas area limit. */
export const MAX_CANVAS_AREA = 268_435_456;

/**
 * Below this scale a PNG is refused rather than drawn: at scale 0 (a card at x = 2,000,000)
 * the image is blank; 0.02 leaves cards about 4 px wide, the least that still shows anything.
 */
export const MIN_PNG_SCALE = 0.02;
/** A chart wider or taller than this is a plan with a runaway coordinate, not a picture anyone can open. */
const MAX_CHART_SIDE = 10_000_000;

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ExportLayout {
  /** The chart at 1×, in CSS pixels. */
  readonly cssWidth: number;
  readonly cssHeight: number;
  readonly requestedScale: number;
  /** The scale used: the requested one, or the largest that fits the canvas limits. */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  readonly reduced: boolean;
  /** Why this chart cannot be made, in the user's terms with a way out, per format; null when it can. */
  readonly refusal: { readonly png: string | null; readonly svg: string | null; readonly pdf: string | null };
}

const px = (n: number): string => n.toLocaleString('en-US');

/** How far the cards reach, said so the user can find the stray one. */
function extent(bounds: Bounds): string {
  const from = `x ${px(Math.round(bounds.x))} to ${px(Math.round(bounds.x + bounds.width))}`;
  return `${from}, y ${px(Math.round(bounds.y))} to ${px(Math.round(bounds.y + bounds.height))}`;
}

/** Whether the cards' spread is drawable at all; a runaway coordinate (1e308) is not. */
export function drawable(bounds: Bounds): boolean {
  const values = [bounds.x, bounds.y, bounds.width, bounds.height];
  return values.every(Number.isFinite) && Math.max(bounds.width, bounds.height) <= MAX_CHART_SIDE;
}

/** The largest scale, two decimals rounded down, at which a chart fits a canvas. */
export function largestScale(width: number, height: number): number {
  const fits = Math.min(
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
  return Number.isFinite(fits) ? Math.floor(fits * 100) / 100 : 0;
}

/** The layout of a chart of `chart` size (null when the bounds are not drawable) drawn from cards within `bounds`. */
export function exportLayout(
  bounds: Bounds,
  chart: { readonly width: number; readonly height: number } | null,
  requestedScale: number,
): ExportLayout {
  if (chart === null || !drawable(bounds)) {
    const where = drawable({ ...bounds, width: 0, height: 0 }) ? ` (the cards reach from ${extent(bounds)})` : '';
    const all = `the cards are spread over too large an area to draw${where}: a card has a position far from the others. Move it back near the rest (or use Arrange), then export again.`;
    const zero = { cssWidth: 0, cssHeight: 0, scale: 0, width: 0, height: 0 };
    return { ...zero, requestedScale, reduced: true, refusal: { png: all, svg: all, pdf: all } };
  }
  const fits = largestScale(chart.width, chart.height);
  const scale = Math.min(requestedScale, fits);
  const png =
    scale >= MIN_PNG_SCALE
      ? null
      : `the plan is ${px(chart.width)} × ${px(chart.height)} px (the cards reach from ${extent(bounds)}); within the ${px(MAX_CANVAS_SIDE)} px limit of a browser canvas the cards would be too small to see. A card is probably far from the others: move it back near the rest (or use Arrange), or export an SVG or a PDF, which have no size limit.`;
  return {
    cssWidth: chart.width,
    cssHeight: chart.height,
    requestedScale,
    scale,
    width: Math.round(chart.width * scale),
    height: Math.round(chart.height * scale),
    reduced: scale < requestedScale,
    refusal: { png, svg: null, pdf: null },
  };
}

/** What the dialog says about the size, and what it does instead when the scale asked for does not fit. */
export function describeLayout(layout: ExportLayout, format: 'png' | 'svg' | 'pdf'): string {
  const refusal = layout.refusal[format];
  if (refusal !== null) return `Cannot export: ${refusal}`;
  if (format === 'svg') return `${px(layout.cssWidth)} × ${px(layout.cssHeight)} px, scalable`;
  if (format === 'pdf')
    return `Chart of ${px(layout.cssWidth)} × ${px(layout.cssHeight)} px, printed at full size on pages`;
  const size = `${px(layout.width)} × ${px(layout.height)} px`;
  if (!layout.reduced) return `${size} at ${layout.scale}×`;
  const wanted = `${px(Math.round(layout.cssWidth * layout.requestedScale))} × ${px(Math.round(layout.cssHeight * layout.requestedScale))}`;
  return `${size} at ${layout.scale}× instead of ${layout.requestedScale}×: at ${layout.requestedScale}× the image would be ${wanted} px, over the ${px(MAX_CANVAS_SIDE)} px limit of a browser canvas (${px(MAX_CANVAS_SIDE)} px a side, about 268 Mpx). For every card at full size in print, export a PDF.`;
}
