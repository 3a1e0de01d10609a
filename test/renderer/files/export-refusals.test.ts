import { describe, expect, it } from 'vitest';
import { describeLayout, exportLayout, MIN_PNG_SCALE } from '../../../src/renderer/src/export/export-size';

const options = { scale: 1, title: true, legend: true };

describe('export refusals', () => {
  it('refuses a PNG of a plan with a card at x = 2,000,000 instead of saying "0 × 0 px at 0×" and exporting a blank image', () => {
    const layout = exportLayout({ x: 0, y: 0, width: 2_000_220, height: 400 }, options);
    expect(layout.scale).toBeLessThan(MIN_PNG_SCALE);
    const text = describeLayout(layout, 'png');
    expect(text).not.toMatch(/0 × 0 px|at 0×/);
    expect(text).toMatch(/^Cannot export: the plan is 2,000,300 × 580 px \(the cards reach from x 0 to 2,000,220/);
    expect(text).toContain('export an SVG');
    // The SVG has no canvas limit: it is still offered, at its true size.
    expect(layout.refusal.svg).toBeNull();
    expect(describeLayout(layout, 'svg')).toBe('2,000,300 × 580 px, scalable');
  });

  it('refuses both formats for a card at x = 1e308 (not "not a PNG file"), naming the cause and the way out', () => {
    const layout = exportLayout({ x: 0, y: 0, width: 1e308, height: 400 }, options);
    for (const format of ['png', 'svg'] as const) {
      const text = describeLayout(layout, format);
      expect(text).toMatch(/^Cannot export: the cards are spread over too large an area to draw/);
      expect(text).toContain('Move it back near the rest');
      expect(text).not.toMatch(/NaN|Infinity/);
    }
    const infinite = exportLayout({ x: -Infinity, y: 0, width: Infinity, height: 1 }, options);
    expect(infinite.refusal.png).not.toBeNull();
    expect(describeLayout(infinite, 'png')).not.toMatch(/NaN|Infinity/);
  });

  it('still exports an ordinary plan, reduced or not', () => {
    const small = exportLayout({ x: 0, y: 0, width: 800, height: 600 }, options);
    expect(small.refusal).toEqual({ png: null, svg: null });
    const wide = exportLayout({ x: 0, y: 0, width: 30_000, height: 600 }, { ...options, scale: 2 });
    expect(wide.reduced).toBe(true);
    expect(wide.refusal.png).toBeNull();
  });
});
