import { describe, expect, it } from 'vitest';
import { coversCorner, fitViewport, sameViewport, type FitInput } from '@shared/view/fit-viewport';

const card = (x: number, y: number) => ({ x, y, width: 220, height: 84 });
// A chart whose bottom-right card sits in the corner a plain fit gives it.
const input: FitInput = {
  cards: [card(0, 0), card(600, 0), card(0, 300), card(600, 300)],
  width: 1000,
  height: 500,
  minZoom: 0.03,
  maxZoom: 2.5,
  padding: 0.12,
};
const minimap = { width: 215, height: 165 };

describe('fitViewport', () => {
  it('is the plain centred fit without a corner box, as React Flow fits', () => {
    const view = fitViewport(input);
    // The chart (820 × 384) fills 1 / 1.12 of the canvas's width, the side that limits it.
    expect(view?.zoom).toBeCloseTo(1000 / 1.12 / 820, 5);
    expect(view && view.x + 410 * view.zoom).toBeCloseTo(500, 5);
  });

  it('keeps every card out from under the minimap (a plain fit put the bottom-right card there)', () => {
    const withMinimap = { ...input, corner: minimap };
    const plain = fitViewport(input);
    if (plain === undefined) throw new Error('no fit');
    expect(coversCorner(withMinimap, plain)).toBe(true);
    const view = fitViewport(withMinimap);
    if (view === undefined) throw new Error('no fit');
    expect(coversCorner(withMinimap, view)).toBe(false);
    expect(view.zoom).toBeLessThan(plain.zoom);
  });

  it('keeps the plain fit when no card is under the box', () => {
    const lShape = { ...input, cards: [card(0, 0), card(600, 0), card(0, 300)], corner: minimap };
    expect(fitViewport(lShape)).toEqual(fitViewport({ ...lShape, corner: undefined }));
  });

  it('fits a wide chart above the box rather than beside it, where it would be smaller', () => {
    const wide = { ...input, cards: [card(0, 0), card(3000, 1000)], corner: minimap };
    const view = fitViewport(wide);
    const plain = fitViewport({ ...wide, corner: undefined });
    if (view === undefined || plain === undefined) throw new Error('no fit');
    expect(coversCorner(wide, plain)).toBe(true);
    // Above the box: the chart keeps the whole width, so its right edge is near the canvas's.
    expect(3220 * view.zoom + view.x).toBeGreaterThan(1000 - 215);
    expect(coversCorner(wide, view)).toBe(false);
  });

  it('gives nothing to fit without cards, and tells fitted views apart', () => {
    expect(fitViewport({ ...input, cards: [] })).toBeUndefined();
    expect(sameViewport({ x: 10, y: 10, zoom: 0.5 }, { x: 10.6, y: 9.5, zoom: 0.5005 })).toBe(true);
    expect(sameViewport({ x: 10, y: 10, zoom: 0.5 }, { x: 30, y: 10, zoom: 0.5 })).toBe(false);
    expect(sameViewport({ x: 10, y: 10, zoom: 0.5 }, { x: 10, y: 10, zoom: 0.55 })).toBe(false);
  });
});
