/** The bar chart as data: geometry, gaps, labels left out when crowded, and the sentence read aloud. */
import { describe, expect, it } from 'vitest';
import { MAX_FILLED_RANGE, barChart, histogramBars, type BarInput } from '@shared/metrics/bar-chart';

const say = (bar: BarInput): string => `${bar.label} reports: ${bar.value}`;

describe('histogramBars', () => {
  it('fills the gaps of a short range with empty bars and marks values outside the target', () => {
    const bars = histogramBars(
      [
        [1, 2],
        [3, 5],
        [10, 1],
      ],
      String,
      (value) => value > 8,
    );
    expect(bars.map((bar) => bar.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(bars.map((bar) => bar.value)).toEqual([2, 0, 5, 0, 0, 0, 0, 0, 0, 1]);
    // An empty bar is never "outside": there is nobody there.
    expect(bars.filter((bar) => bar.outside === true).map((bar) => bar.label)).toEqual(['10']);
  });

  it('keeps only the values present when the range is long', () => {
    const bars = histogramBars([
      [1, 4],
      [2 + MAX_FILLED_RANGE, 1],
    ]);
    expect(bars.map((bar) => bar.label)).toEqual(['1', String(2 + MAX_FILLED_RANGE)]);
  });

  it('has no bars for an empty histogram', () => {
    expect(histogramBars([])).toEqual([]);
  });
});

describe('barChart', () => {
  it('scales bars to the tallest, from one baseline, side by side', () => {
    const chart = barChart(
      'Span of control',
      [
        { label: '2', value: 2 },
        { label: '3', value: 4 },
      ],
      say,
      { width: 100, height: 80 },
    );
    expect(chart.baseline).toBe(64);
    const [low, high] = chart.bars;
    expect(high).toMatchObject({ x: 51, width: 48, height: 50, y: 14, cx: 75, outside: false });
    expect(low).toMatchObject({ x: 1, width: 48, height: 25, y: 39 });
    expect(chart.ariaLabel).toBe('Span of control: 2 reports: 2, 3 reports: 4');
  });

  it('keeps a tiny bar visible and says how many bars are outside the target', () => {
    const chart = barChart(
      'Layers',
      [
        { label: '1', value: 1000 },
        { label: '2', value: 1, outside: true },
        { label: '3', value: 0 },
      ],
      (bar) => `layer ${bar.label}: ${bar.value}`,
    );
    expect(chart.bars[1]?.height).toBe(1);
    expect(chart.bars[2]?.height).toBe(0);
    expect(chart.ariaLabel).toBe('Layers: layer 1: 1000, layer 2: 1; 1 bar outside the target');
  });

  it('leaves out axis labels that would overlap, keeping the first', () => {
    const bars = Array.from({ length: 40 }, (_, k) => ({ label: String(k + 1), value: k }));
    const chart = barChart('Span', bars, say, { width: 240, height: 96 });
    const shown = chart.bars.filter((bar) => bar.showLabel);
    expect(shown[0]?.label).toBe('1');
    expect(shown.length).toBeLessThan(40);
    for (let k = 1; k < shown.length; k++)
      expect((shown[k]?.cx ?? 0) - (shown[k - 1]?.cx ?? 0)).toBeGreaterThanOrEqual(18);
  });

  it('says there is nothing to show for no bars', () => {
    expect(barChart('Layers', [], say).ariaLabel).toBe('Layers: nothing to show');
  });
});
