import { describe, expect, it } from 'vitest';
import {
  describeLayout,
  exportLayout,
  largestScale,
  MAX_CANVAS_AREA,
  MAX_CANVAS_SIDE,
} from '../../../src/renderer/src/export/export-size';

const bounds = { x: -100, y: 50, width: 1000, height: 400 };

describe('export size', () => {
  it('is the chart (cards, title, legend) times the scale', () => {
    const one = exportLayout(bounds, { width: 1064, height: 540 }, 1);
    expect([one.width, one.height, one.reduced]).toEqual([1064, 540, false]);
    const two = exportLayout(bounds, { width: 1064, height: 540 }, 2);
    expect([two.width, two.height, two.reduced]).toEqual([2128, 1080, false]);
    expect(describeLayout(two, 'png')).toBe('2,128 × 1,080 px at 2×');
  });

  it('chooses a lower scale, and says what it does instead, when a side would pass the canvas limit', () => {
    // org-1516 in the compact layout: fits at 1×, not at 2×.
    const chart = { width: 13_904, height: 12_860 };
    expect(exportLayout(bounds, chart, 1).reduced).toBe(false);
    const layout = exportLayout(bounds, chart, 2);
    expect(layout.reduced).toBe(true);
    expect(layout.scale).toBe(1.17);
    expect(layout.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(layout.width * layout.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(describeLayout(layout, 'png')).toMatch(
      /^16,268 × 15,046 px at 1\.17× instead of 2×: at 2× the image would be 27,808 × 25,720 px, over the 16,384 px limit/,
    );
    expect(describeLayout(layout, 'png')).toContain('export a PDF');
    // SVG and PDF have no pixel limit to mention.
    expect(describeLayout(layout, 'svg')).toMatch(/scalable/);
    expect(describeLayout(layout, 'pdf')).toMatch(/printed at full size on pages/);
  });

  it('keeps within the area limit as well as the side limit', () => {
    expect(largestScale(16_000, 16_000)).toBeCloseTo(1.02, 2);
    const scale = largestScale(12_000, 30_000);
    expect(30_000 * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });
});
