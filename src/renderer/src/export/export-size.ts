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
}

export function exportLayout(bounds: Bounds, options: SizeOptions): ExportLayout {
  const titleSpace = options.title ? TITLE_HEIGHT : 0;
  const legendSpace = options.legend ? LEGEND_HEIGHT : 0;
  const cssWidth = Math.ceil(Math.max(bounds.width, options.legend ? 720 : 0) + 2 * MARGIN);
  const cssHeight = Math.ceil(bounds.height + 2 * MARGIN + titleSpace + legendSpace);
  const fits = MAX_CANVAS_SIDE / Math.max(cssWidth, cssHeight);
  // Two decimals, rounded down, so width × scale never lands one pixel over the limit.
  const scale = fits >= options.scale ? options.scale : Math.floor(fits * 100) / 100;
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
  };
}

const px = (n: number): string => n.toLocaleString('en-US');

/** What the dialog says about the size, and why a lower scale is used. */
export function describeLayout(layout: ExportLayout, format: 'png' | 'svg'): string {
  if (format === 'svg') return `${px(layout.cssWidth)} × ${px(layout.cssHeight)} px, scalable`;
  const size = `${px(layout.width)} × ${px(layout.height)} px`;
  if (!layout.reduced) return size;
  const wanted = `${px(Math.round(layout.cssWidth * layout.requestedScale))} × ${px(Math.round(layout.cssHeight * layout.requestedScale))}`;
  return `${size} at ${layout.scale}×: at ${layout.requestedScale}× the image would be ${wanted} px, over the ${px(MAX_CANVAS_SIDE)} px limit of a browser canvas`;
}
