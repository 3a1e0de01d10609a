/**
 * The Metrics tab's compact two-column variant for the compare view: each
 * figure before and after with the change, figures outside a side's own
 * targets marked, each side's targets met or not, and the two charts of each
 * side. It takes two plans (any two: the last saved version, a file, another
 * scenario), each measured once per plan object.
 */
import { useMemo } from 'react';
import { compareRows } from '@shared/metrics/metric-rows';
import type { Plan } from '@shared/model/types';
import { BarChartView } from './BarChartView';
import { metricCharts } from './metric-charts';
import { planMetrics } from './plan-metrics';
import './metrics.css';

const COMPACT = { width: 128, height: 72 } as const;

function Cell({ text, outside }: { readonly text: string; readonly outside: boolean }) {
  return (
    <td className={outside ? 'is-outside' : undefined}>
      {outside && <span aria-hidden="true">! </span>}
      {text}
      {outside && <span className="op-visually-hidden"> (outside the target)</span>}
    </td>
  );
}

export function MetricsCompare({
  before,
  after,
  beforeLabel = 'Before',
  afterLabel = 'After',
}: {
  readonly before: Plan;
  readonly after: Plan;
  readonly beforeLabel?: string;
  readonly afterLabel?: string;
}) {
  const old = planMetrics(before);
  const now = planMetrics(after);
  const rows = useMemo(() => compareRows(old.rows, now.rows), [old, now]);
  const oldCharts = useMemo(() => metricCharts(old, COMPACT), [old]);
  const nowCharts = useMemo(() => metricCharts(now, COMPACT), [now]);
  const sides = [
    { label: beforeLabel, computed: old, charts: oldCharts },
    { label: afterLabel, computed: now, charts: nowCharts },
  ];
  return (
    <section
      className="op-metrics-compare__wrap"
      aria-label="Org metrics, before and after"
      data-testid="metrics-compare"
    >
      <table className="op-metrics-compare">
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-metric={row.key}>
              <th scope="row">{row.label}</th>
              <Cell text={row.before.text} outside={row.before.outside} />
              <Cell text={row.after.text} outside={row.after.outside} />
              <td>{row.deltaText}</td>
            </tr>
          ))}
          {sides[1]?.computed.checks.map((check) => {
            const was = old.checks.find((c) => c.id === check.id);
            return (
              <tr key={check.id} data-target={check.id}>
                <th scope="row">Target: {check.label}</th>
                <td>{was === undefined ? 'off' : was.met ? 'met' : 'not met'}</td>
                <td className={check.met ? undefined : 'is-outside'}>{check.met ? 'met' : 'not met'}</td>
                <td />
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="op-metrics-compare__charts">
        {sides.map((side) => (
          <div key={side.label}>
            <BarChartView
              title={`${side.label}: people by layer`}
              chart={side.charts.layers}
              axis="Layer"
              count="People"
            />
            <BarChartView
              title={`${side.label}: managers by direct reports`}
              chart={side.charts.span}
              axis="Direct reports"
              count="Managers"
            />
          </div>
        ))}
      </div>
    </section>
  );
}
