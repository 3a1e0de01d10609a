/** The Metrics tab's two charts, laid out from one plan's metrics (pure: memoised with them). */
import { barChart, histogramBars, type BarChart, type BarInput, type ChartSize } from '@shared/metrics/bar-chart';
import { layerOutside, spanOutside } from '@shared/metrics/metric-targets';
import type { PlanMetrics } from './plan-metrics';

export interface MetricCharts {
  readonly layers: BarChart;
  readonly span: BarChart;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The tab's charts: two of them stacked fit the panel's height. */
const PANEL_SIZE: ChartSize = { width: 220, height: 84 };

export function metricCharts({ metrics, targets }: PlanMetrics, size: ChartSize = PANEL_SIZE): MetricCharts {
  const layerBars = histogramBars(metrics.layers?.histogram ?? [], String, (layer) => layerOutside(targets, layer));
  const spanBars = histogramBars(metrics.spanOfControl?.histogram ?? [], String, (span) => spanOutside(targets, span));
  return {
    layers: barChart(
      'People by layer',
      layerBars,
      (bar: BarInput) => `layer ${bar.label}: ${plural(bar.value, 'person', 'people')}`,
      size,
    ),
    span: barChart(
      'Managers by direct reports',
      spanBars,
      (bar: BarInput) => `${bar.label} reports: ${plural(bar.value, 'manager', 'managers')}`,
      size,
    ),
  };
}
