/**
 * A small vertical bar chart as data: where each bar and label goes, and the
 * sentence that reads the numbers out (the aria-label of the drawing). The
 * renderer only turns this into SVG elements, so the geometry is tested here
 * without a DOM. One bar per value of a histogram; gaps between values are
 * filled with empty bars while the axis stays short, so a gap reads as one.
 */

export interface BarInput {
  /** What the bar is for, on the axis: "3" (reports), "L2" (layer). */
  readonly label: string;
  readonly value: number;
  /** Outside the plan's target: drawn in the warning style and said in the label. */
  readonly outside?: boolean;
}

export interface ChartBar extends BarInput {
  readonly outside: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Centre of the bar, for the axis label and the value above it. */
  readonly cx: number;
  /** Some axis labels are left out when bars are too narrow for all of them. */
  readonly showLabel: boolean;
}

export interface BarChart {
  readonly width: number;
  readonly height: number;
  /** y of the axis line; axis labels sit below it, values above the bars. */
  readonly baseline: number;
  readonly bars: readonly ChartBar[];
  readonly ariaLabel: string;
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

const DEFAULT_SIZE: ChartSize = { width: 240, height: 96 };
/** Room for the value above the tallest bar and the axis labels below the baseline. */
const TOP = 14;
const BOTTOM = 16;
const GAP = 2;
const MIN_LABEL_SPACING = 18;
/** Longer runs of values keep only the values present: one bar per value up to here. */
export const MAX_FILLED_RANGE = 30;

/**
 * Bars for a histogram ([value, count] ascending): one per value from the first to the last when the range is
 * short (missing values as 0), else one per value present. `outside` marks the values outside a target.
 */
export function histogramBars(
  histogram: readonly (readonly [number, number])[],
  labelOf: (value: number) => string = String,
  outside: (value: number) => boolean = () => false,
): BarInput[] {
  const first = histogram[0];
  const last = histogram[histogram.length - 1];
  if (first === undefined || last === undefined) return [];
  const bar = (value: number, count: number): BarInput => ({
    label: labelOf(value),
    value: count,
    outside: count > 0 && outside(value),
  });
  if (last[0] - first[0] >= MAX_FILLED_RANGE) return histogram.map(([value, count]) => bar(value, count));
  const counts = new Map(histogram);
  const bars: BarInput[] = [];
  for (let value = first[0]; value <= last[0]; value++) bars.push(bar(value, counts.get(value) ?? 0));
  return bars;
}

/**
 * Lays out the bars. `describe` says one bar in words for the aria-label ("3 reports: 12 managers");
 * the label starts with the chart's title and, when some bars are outside the target, says how many.
 */
export function barChart(
  title: string,
  bars: readonly BarInput[],
  describe: (bar: BarInput) => string,
  size: ChartSize = DEFAULT_SIZE,
): BarChart {
  const baseline = size.height - BOTTOM;
  const plot = baseline - TOP;
  const most = bars.reduce((max, bar) => Math.max(max, bar.value), 0);
  const slot = bars.length === 0 ? 0 : size.width / bars.length;
  const width = Math.max(1, slot - GAP);
  const every = slot === 0 ? 1 : Math.ceil(MIN_LABEL_SPACING / slot);
  const laidOut = bars.map((bar, k): ChartBar => {
    // A bar with any count stays visible however tall the tallest is.
    const height = bar.value <= 0 || most === 0 ? 0 : Math.max(1, (bar.value / most) * plot);
    const x = k * slot + GAP / 2;
    return {
      ...bar,
      outside: bar.outside === true,
      x,
      y: baseline - height,
      width,
      height,
      cx: x + width / 2,
      // The first and every n-th label, so labels never overlap; the table and the aria-label have them all.
      showLabel: k % every === 0,
    };
  });
  const said = bars.filter((bar) => bar.value > 0).map(describe);
  const outside = bars.filter((bar) => bar.outside === true && bar.value > 0).length;
  const ariaLabel =
    said.length === 0
      ? `${title}: nothing to show`
      : `${title}: ${said.join(', ')}${outside > 0 ? `; ${outside} ${outside === 1 ? 'bar' : 'bars'} outside the target` : ''}`;
  return { width: size.width, height: size.height, baseline, bars: laidOut, ariaLabel };
}
