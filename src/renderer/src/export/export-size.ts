/**
 * The exported image's size, computed before anything is drawn: the whole
 * plan's bounds plus a margin (and room for a title and legend), at the chosen
 * scale. Browsers cannot make a canvas side larger than 16,384 px; rather than
 * letting html-to-image shrink the picture silently, a lower scale is chosen
 * here and the user is told.
 */

export const MAX_CANVAS_SIDE = 16_384;
export const MARGIN = 40;
export const TITLE_HEIGHT = 56;
export const LEGEND_HEIGHT = 44;

/**
 * Below this scale a PNG is refused rather than drawn: at scale 0 (a card at x = 2,000,000)
 * the image is blank. A real org 190,000 px wide still fits at 0.08 (a map of the org, names
 * readable in the SVG); 0.02 leaves cards about 4 px wide, the least that still shows anything.
 */
export const MIN_PNG_SCALE = 0.02;
/** An SVG wider or taller than this is a plan with a runaway coordinate, not a picture anyone can open. */
const MAX_SVG_SIDE = 10_000_000;

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SizeOptions {
  readonly scale: number;
  readonly title: boolean;
  readonly legend: boolean;
}

export interface ExportLayout {
  /** The image in CSS pixels (flow units at zoom 1). */
  readonly cssWidth: number;
  readonly cssHeight: number;
  /** Flow coordinates of the image's top-left corner. */
  readonly originX: number;
  readonly originY: number;
  /** Where the plan itself starts inside the image (below the title). */
  readonly contentTop: number;
  readonly requestedScale: number;
  /** The scale used: the requested one, or the largest that fits the canvas limit. */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  readonly reduced: boolean;
  /** Why this image cannot be made, in the user's terms with a way out, per format; null when it can. */
  readonly refusal: { readonly png: string | null; readonly svg: string | null };
}

const px = (n: number): string => n.toLocaleString('en-US');

/** How far the cards reach, said so the user can find the stray one. */
function extent(bounds: Bounds): string {
  const from = `x ${px(Math.round(bounds.x))} to ${px(Math.round(bounds.x + bounds.width))}`;
  return `${from}, y ${px(Math.round(bounds.y))} to ${px(Math.round(bounds.y + bounds.height))}`;
}

function refusals(bounds: Bounds, cssWidth: number, cssHeight: number, scale: number): ExportLayout['refusal'] {
  const finite = [bounds.x, bounds.y, bounds.width, bounds.height, cssWidth, cssHeight].every(Number.isFinite);
  if (!finite || Math.max(cssWidth, cssHeight) > MAX_SVG_SIDE) {
    const where = finite ? ` (the cards reach from ${extent(bounds)})` : '';
    const both = `the cards are spread over too large an area to draw${where}: a card has a position far from the others. Move it back near the rest (or use Arrange), then export again.`;
    return { png: both, svg: both };
  }
  if (scale >= MIN_PNG_SCALE) return { png: null, svg: null };
  return {
    png: `the plan is ${px(cssWidth)} × ${px(cssHeight)} px (the cards reach from ${extent(bounds)}); within the ${px(MAX_CANVAS_SIDE)} px limit of a browser canvas the cards would be too small to see. A card is probably far from the others: move it back near the rest (or use Arrange), or export an SVG, which has no size limit.`,
    svg: null,
  };
}

export function exportLayout(bounds: Bounds, options: SizeOptions): ExportLayout {
  const titleSpace = options.title ? TITLE_HEIGHT : 0;
  const legendSpace = options.legend ? LEGEND_HEIGHT : 0;
  const cssWidth = Math.ceil(Math.max(bounds.width, options.legend ? 720 : 0) + 2 * MARGIN);
  const cssHeight = Math.ceil(bounds.height + 2 * MARGIN + titleSpace + legendSpace);
  const fits = MAX_CANVAS_SIDE / Math.max(cssWidth, cssHeight);
  // Two decimals, rounded down, so width × scale never lands one pixel over the limit.
  const fitted = fits >= options.scale ? options.scale : Math.floor(fits * 100) / 100;
  // Not finite (a coordinate of 1e308) gives NaN: no scale at all.
  const scale = Number.isFinite(fitted) ? fitted : 0;
  return {
    cssWidth,
    cssHeight,
    originX: bounds.x - MARGIN,
    originY: bounds.y - MARGIN - titleSpace,
    contentTop: MARGIN + titleSpace,
    requestedScale: options.scale,
    scale,
    width: Math.round(cssWidth * scale),
    height: Math.round(cssHeight * scale),
    reduced: scale < options.scale,
    refusal: refusals(bounds, cssWidth, cssHeight, scale),
  };
}

/** What the dialog says about the size, and why a lower scale is used. */
export function describeLayout(layout: ExportLayout, format: 'png' | 'svg'): string {
  const refusal = layout.refusal[format];
  if (refusal !== null) return `Cannot export: ${refusal}`;
  if (format === 'svg') return `${px(layout.cssWidth)} × ${px(layout.cssHeight)} px, scalable`;
  const size = `${px(layout.width)} × ${px(layout.height)} px`;
  if (!layout.reduced) return size;
  const wanted = `${px(Math.round(layout.cssWidth * layout.requestedScale))} × ${px(Math.round(layout.cssHeight * layout.requestedScale))}`;
  return `${size} at ${layout.scale}×: at ${layout.requestedScale}× the image would be ${wanted} px, over the ${px(MAX_CANVAS_SIDE)} px limit of a browser canvas`;
}
