import { describe, expect, it } from 'vitest';
import { describeLayout, exportLayout, MIN_PNG_SCALE } from '../../../src/renderer/src/export/export-size';

describe('export refusals', () => {
  it('refuses a PNG of a plan with a card at x = 2,000,000 instead of saying "0 × 0 px at 0×" and exporting a blank image', () => {
    const layout = exportLayout({ x: 0, y: 0, width: 2_000_220, height: 400 }, { width: 2_000_284, height: 580 }, 1);
    expect(layout.scale).toBeLessThan(MIN_PNG_SCALE);
    const text = describeLayout(layout, 'png');
    expect(text).not.toMatch(/0 × 0 px|at 0×/);
    expect(text).toMatch(/^Cannot export: the plan is 2,000,284 × 580 px \(the cards reach from x 0 to 2,000,220/);
    expect(text).toContain('export an SVG');
    // SVG and PDF have no canvas limit: still offered, at their true size.
    expect(layout.refusal.svg).toBeNull();
    expect(layout.refusal.pdf).toBeNull();
    expect(describeLayout(layout, 'svg')).toBe('2,000,284 × 580 px, scalable');
  });

  it('refuses every format for a card at x = 1e308 (not "not a PNG file"), naming the cause and the way out', () => {
    const layout = exportLayout({ x: 0, y: 0, width: 1e308, height: 400 }, null, 1);
    for (const format of ['png', 'svg', 'pdf'] as const) {
      const text = describeLayout(layout, format);
      expect(text).toMatch(/^Cannot export: the cards are spread over too large an area to draw/);
      expect(text).toContain('Move it back near the rest');
      expect(text).not.toMatch(/NaN|Infinity/);
    }
    const infinite = exportLayout({ x: -Infinity, y: 0, width: Infinity, height: 1 }, null, 1);
    expect(infinite.refusal.png).not.toBeNull();
    expect(describeLayout(infinite, 'png')).not.toMatch(/NaN|Infinity/);
  });

  it('still exports an ordinary plan, reduced or not', () => {
    const small = exportLayout({ x: 0, y: 0, width: 800, height: 600 }, { width: 864, height: 740 }, 1);
    expect(small.refusal).toEqual({ png: null, svg: null, pdf: null });
    const wide = exportLayout({ x: 0, y: 0, width: 30_000, height: 600 }, { width: 30_064, height: 740 }, 2);
    expect(wide.reduced).toBe(true);
    expect(wide.refusal.png).toBeNull();
  });
});
