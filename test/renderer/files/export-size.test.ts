import { describe, expect, it } from 'vitest';
import {
  describeLayout,
  exportLayout,
  LEGEND_HEIGHT,
  MARGIN,
  MAX_CANVAS_SIDE,
  TITLE_HEIGHT,
} from '../../../src/renderer/src/export/export-size';

const bounds = { x: -100, y: 50, width: 1000, height: 400 };

describe('export size', () => {
  it('is the plan plus margins, title and legend, times the scale', () => {
    const one = exportLayout(bounds, { scale: 1, title: true, legend: true });
    expect(one.cssWidth).toBe(1000 + 2 * MARGIN);
    expect(one.cssHeight).toBe(400 + 2 * MARGIN + TITLE_HEIGHT + LEGEND_HEIGHT);
    expect(one.originX).toBe(-100 - MARGIN);
    expect(one.originY).toBe(50 - MARGIN - TITLE_HEIGHT);
    const two = exportLayout(bounds, { scale: 2, title: true, legend: true });
    expect([two.width, two.height]).toEqual([one.width * 2, one.height * 2]);
    expect(two.reduced).toBe(false);
    const bare = exportLayout(bounds, { scale: 1, title: false, legend: false });
    expect(bare.cssHeight).toBe(400 + 2 * MARGIN);
    expect(bare.originY).toBe(50 - MARGIN);
  });

  it('chooses a lower scale, and says so, when a side would pass the canvas limit', () => {
    const wide = { x: 0, y: 0, width: 12_000, height: 900 };
    const layout = exportLayout(wide, { scale: 2, title: false, legend: false });
    expect(layout.reduced).toBe(true);
    expect(layout.scale).toBeLessThan(2);
    expect(layout.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(layout.width).toBeGreaterThan(MAX_CANVAS_SIDE - 200);
    expect(describeLayout(layout, 'png')).toMatch(/over the 16,384 px limit/);
    // At 1× it fits: nothing is reduced.
    expect(exportLayout(wide, { scale: 1, title: false, legend: false }).reduced).toBe(false);
    // SVG has no pixel limit to mention.
    expect(describeLayout(layout, 'svg')).toMatch(/scalable/);
  });
});
