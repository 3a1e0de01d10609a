/**
 * The overview's frame cache. Painting the whole org (thousands of boxes and lines, labels) costs several
 * frames' worth on a slow machine, but a pan only moves it: the scene is painted once into an offscreen bitmap
 * at the current zoom, over the part of the plan in and around the view, and each frame of a pan is one
 * drawImage of that bitmap at the new offset. A zoom blits the bitmap scaled (slightly soft for a moment) and
 * the caller asks for a sharp repaint once the zoom has rested. Pure geometry here (cachePlan, blitPlacement),
 * unit-tested; createFrameCache holds the bitmap.
 */
import type { Viewport } from './draw-list';
import type { Rect } from './plan-bounds';

/** How far the zoom may drift from the bitmap's before the scaled bitmap is too soft (or too coarse) to show. */
export const MAX_SCALE = 2;
/** The bitmap covers the view plus this fraction of its size on each side, so short pans need no repaint... */
const MARGIN = 0.5;
/** ... within this many device pixels (16 MB): at a high device pixel ratio the margin shrinks. */
const MAX_PIXELS = 4_000_000;
/** Screen pixels around the scene's bounds that rings and strokes reach beyond the boxes. */
const PAD = 16;

const intersect = (a: Rect, b: Rect): Rect | null => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
};

const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** The view in canvas coordinates. */
export const visibleRect = (v: Viewport): Rect => ({
  x: -v.x / v.zoom,
  y: -v.y / v.zoom,
  width: v.width / v.zoom,
  height: v.height / v.zoom,
});

/** What the bitmap holds: a canvas-coordinate rectangle painted at a zoom and device pixel ratio. */
export interface CachedArea {
  readonly rect: Rect;
  readonly zoom: number;
  readonly dpr: number;
  /** The bitmap's size in device pixels. */
  readonly pixelWidth: number;
  readonly pixelHeight: number;
}

/** The area to paint for a view: the view plus a margin, clipped to what there is to draw (the scene's bounds). */
export function cachePlan(v: Viewport, dpr: number, sceneBounds: Rect): CachedArea | null {
  const pad = PAD / v.zoom;
  const bounds = {
    x: sceneBounds.x - pad,
    y: sceneBounds.y - pad,
    width: sceneBounds.width + 2 * pad,
    height: sceneBounds.height + 2 * pad,
  };
  const visible = visibleRect(v);
  const pixels = v.width * v.height * dpr * dpr;
  const margin = Math.max(0, Math.min(MARGIN, (Math.sqrt(MAX_PIXELS / Math.max(pixels, 1)) - 1) / 2));
  const grown = {
    x: visible.x - visible.width * margin,
    y: visible.y - visible.height * margin,
    width: visible.width * (1 + 2 * margin),
    height: visible.height * (1 + 2 * margin),
  };
  const clipped = intersect(grown, bounds);
  if (clipped === null) return null;
  // The bitmap's corner on a whole device pixel of the view it is painted for: blitted back at that view, it is
  // exactly what painting the view directly would give.
  const unit = 1 / (v.zoom * dpr);
  const dx = ((clipped.x * v.zoom + v.x) * dpr) % 1;
  const dy = ((clipped.y * v.zoom + v.y) * dpr) % 1;
  const sx = (dx < 0 ? dx + 1 : dx) * unit;
  const sy = (dy < 0 ? dy + 1 : dy) * unit;
  const rect = { x: clipped.x - sx, y: clipped.y - sy, width: clipped.width + sx, height: clipped.height + sy };
  return {
    rect,
    zoom: v.zoom,
    dpr,
    pixelWidth: Math.max(1, Math.ceil(rect.width * v.zoom * dpr)),
    pixelHeight: Math.max(1, Math.ceil(rect.height * v.zoom * dpr)),
  };
}

/**
 * Whether the bitmap can stand for the view: the scene's part in view is in it (its padding for rings was added
 * at its own zoom), at a zoom close enough.
 */
export function covers(area: CachedArea, v: Viewport, dpr: number, bounds: Rect, allowScaled: boolean): boolean {
  if (area.dpr !== dpr) return false;
  const scale = v.zoom / area.zoom;
  if (allowScaled ? scale > MAX_SCALE || scale < 1 / MAX_SCALE : scale !== 1) return false;
  const needed = intersect(visibleRect(v), bounds);
  return needed === null || contains(area.rect, needed);
}

/** Where the bitmap goes on the visible canvas, in device pixels (whole pixels when unscaled, so it stays sharp). */
export function blitPlacement(area: CachedArea, v: Viewport, dpr: number): Rect {
  const scale = v.zoom / area.zoom;
  const x = (area.rect.x * v.zoom + v.x) * dpr;
  const y = (area.rect.y * v.zoom + v.y) * dpr;
  if (scale === 1) return { x: Math.round(x), y: Math.round(y), width: area.pixelWidth, height: area.pixelHeight };
  return { x, y, width: area.pixelWidth * scale, height: area.pixelHeight * scale };
}

/** Paints the scene for a viewport on a context whose transform is the identity (paint.ts's paintOverview). */
export type ScenePainter = (ctx: CanvasRenderingContext2D, viewport: Viewport, dpr: number) => void;

export interface FrameCache {
  /**
   * Draws the view on the visible canvas: from the bitmap when it covers the view (scaled only if allowed),
   * otherwise after painting the bitmap afresh. Returns whether what was drawn is sharp (the bitmap's own zoom).
   */
  draw(target: CanvasRenderingContext2D, v: Viewport, dpr: number, bounds: Rect, allowScaled: boolean): boolean;
  /** The scene, emphasis or theme changed: the next draw paints afresh. */
  invalidate(): void;
  /** Frees the bitmap's memory (the layer unmounts). */
  dispose(): void;
}

export function createFrameCache(paint: ScenePainter): FrameCache {
  const bitmap = document.createElement('canvas');
  const bitmapCtx = bitmap.getContext('2d');
  let area: CachedArea | null = null;
  return {
    draw(target, v, dpr, bounds, allowScaled) {
      if (bitmapCtx === null) {
        paint(target, v, dpr);
        return true;
      }
      if (area === null || !covers(area, v, dpr, bounds, allowScaled)) {
        area = cachePlan(v, dpr, bounds);
        if (area !== null) {
          if (bitmap.width !== area.pixelWidth || bitmap.height !== area.pixelHeight) {
            bitmap.width = area.pixelWidth;
            bitmap.height = area.pixelHeight;
          }
          const { rect, zoom, pixelWidth, pixelHeight } = area;
          const at = { x: -rect.x * zoom, y: -rect.y * zoom, zoom, width: pixelWidth / dpr, height: pixelHeight / dpr };
          paint(bitmapCtx, at, dpr);
        }
      }
      target.setTransform(1, 0, 0, 1, 0, 0);
      target.clearRect(0, 0, target.canvas.width, target.canvas.height);
      if (area === null) return true;
      const place = blitPlacement(area, v, dpr);
      const sharp = v.zoom === area.zoom;
      target.imageSmoothingEnabled = !sharp;
      target.drawImage(bitmap, place.x, place.y, place.width, place.height);
      return sharp;
    },
    invalidate() {
      area = null;
    },
    dispose() {
      area = null;
      bitmap.width = 0;
      bitmap.height = 0;
    },
  };
}
