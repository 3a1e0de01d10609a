import { describe, expect, it } from 'vitest';
import {
  blitPlacement,
  cachePlan,
  covers,
  MAX_SCALE,
  visibleRect,
  type CachedArea,
} from '../../../src/renderer/src/canvas/overview/frame-cache';
import type { Viewport } from '../../../src/renderer/src/canvas/overview/draw-list';

/** A fitted 5,000-card plan: about 14,000 × 12,000 canvas pixels in a 932 × 822 pane at zoom 0.06. */
const PLAN = { x: 0, y: 0, width: 14_000, height: 12_000 };
const FITTED: Viewport = { x: 46, y: 51, zoom: 0.06, width: 932, height: 822 };
/** The same plan at a zoom where only part of it is in view. */
const CLOSE: Viewport = { x: -3000, y: -2000, zoom: 0.4, width: 932, height: 822 };

const plan = (v: Viewport, dpr = 1): CachedArea => {
  const area = cachePlan(v, dpr, PLAN);
  if (area === null) throw new Error('nothing to cache');
  return area;
};
const moved = (v: Viewport, dx: number, dy: number): Viewport => ({ ...v, x: v.x + dx, y: v.y + dy });

describe('the overview’s frame cache', () => {
  it('holds the whole plan when it is fitted, so panning it anywhere needs no repaint', () => {
    const area = plan(FITTED);
    expect(area.rect.x).toBeLessThanOrEqual(0);
    expect(area.rect.x + area.rect.width).toBeGreaterThanOrEqual(PLAN.width);
    expect(area.rect.y + area.rect.height).toBeGreaterThanOrEqual(PLAN.height);
    for (const [dx, dy] of [
      [240, 120],
      [-700, -600],
      [5000, 0],
    ] as const)
      expect(covers(area, moved(FITTED, dx, dy), 1, PLAN, false)).toBe(true);
  });

  it('holds the view and a margin around it when the plan is larger than the view, never more than needed', () => {
    const area = plan(CLOSE);
    const visible = visibleRect(CLOSE);
    expect(area.rect.x).toBeLessThan(visible.x);
    expect(area.rect.x + area.rect.width).toBeGreaterThan(visible.x + visible.width);
    expect(area.pixelWidth * area.pixelHeight).toBeLessThanOrEqual(
      4_000_000 + 2 * (area.pixelWidth + area.pixelHeight),
    );
    // A short pan stays inside; a pan by more than the margin needs a repaint.
    expect(covers(area, moved(CLOSE, 200, 150), 1, PLAN, false)).toBe(true);
    expect(covers(area, moved(CLOSE, 2000, 0), 1, PLAN, false)).toBe(false);
  });

  it('shrinks the margin at a high device pixel ratio to stay within its memory, down to the view alone', () => {
    const two = plan(CLOSE, 2);
    expect(two.pixelWidth * two.pixelHeight).toBeLessThanOrEqual(4_000_000 + 2 * (two.pixelWidth + two.pixelHeight));
    expect(two.rect.width * CLOSE.zoom).toBeGreaterThan(CLOSE.width);
    // At 3× the view alone is 6.9 million pixels: no margin, but never less than the view.
    const three = plan(CLOSE, 3);
    expect(three.rect.width * CLOSE.zoom).toBeCloseTo(CLOSE.width);
    expect(three.rect.height * CLOSE.zoom).toBeCloseTo(CLOSE.height);
  });

  it('stands in for a nearby zoom only when scaling is allowed, and never beyond MAX_SCALE', () => {
    const area = plan(FITTED);
    const zoomed = (factor: number): Viewport => ({ ...FITTED, zoom: FITTED.zoom * factor });
    expect(covers(area, zoomed(1.3), 1, PLAN, true)).toBe(true);
    expect(covers(area, zoomed(1.3), 1, PLAN, false)).toBe(false);
    expect(covers(area, zoomed(MAX_SCALE * 1.05), 1, PLAN, true)).toBe(false);
    expect(covers(area, zoomed(1 / (MAX_SCALE * 1.05)), 1, PLAN, true)).toBe(false);
    expect(covers(area, FITTED, 2, PLAN, true)).toBe(false);
  });

  it('blits at whole device pixels when unscaled and scales with the zoom otherwise', () => {
    const area = plan(CLOSE);
    const pan = moved(CLOSE, 10.4, -3.7);
    const place = blitPlacement(area, pan, 1);
    expect(Number.isInteger(place.x) && Number.isInteger(place.y)).toBe(true);
    expect(place.width).toBe(area.pixelWidth);
    // The bitmap's top left lands where its canvas point is on screen.
    expect(place.x).toBeCloseTo(area.rect.x * pan.zoom + pan.x, -0.5);
    const zoomedIn = { ...CLOSE, zoom: CLOSE.zoom * 1.25 };
    expect(blitPlacement(area, zoomedIn, 1).width).toBeCloseTo(area.pixelWidth * 1.25);
  });

  it('puts the bitmap’s corner on a whole device pixel of its view, so blitting it there changes nothing', () => {
    for (const dpr of [1, 1.5, 2])
      for (const v of [FITTED, CLOSE, moved(CLOSE, 0.37, -12.61)]) {
        const area = plan(v, dpr);
        const corner = (area.rect.x * v.zoom + v.x) * dpr;
        expect(Math.abs(corner - Math.round(corner))).toBeLessThan(1e-6);
        const place = blitPlacement(area, v, dpr);
        expect(place.x).toBeCloseTo(corner, 6);
      }
  });

  it('has nothing to paint when the view is far off the plan', () => {
    expect(cachePlan({ ...FITTED, x: 1e6, y: 1e6 }, 1, PLAN)).toBeNull();
  });
});
