/**
 * The Metrics tab of the problems panel: the plan's org metrics (headcount,
 * layers, span of control, role ratios), two charts, the targets (editable:
 * they are rule options, so a missed target is also a problem in the
 * Problems tab) and the people behind the figures, each a button to their card.
 */
import { useMemo } from 'react';
import { metricCharts } from './metric-charts';
import { BarChartView } from './BarChartView';
import { MetricSummary } from './MetricSummary';
import { PeopleList } from './PeopleList';
import { TargetsEditor } from './TargetsEditor';
import { usePlanMetrics } from './plan-metrics';
import './metrics.css';

export function MetricsView() {
  const computed = usePlanMetrics();
  const charts = useMemo(() => metricCharts(computed), [computed]);
  const { people, targets } = computed;
  const narrowTitle =
    people.narrowBelow === 3 ? 'Managers with 1–2 reports' : `Managers with fewer than ${people.narrowBelow} reports`;
  return (
    <div className="op-metrics" data-testid="metrics-view">
      <TargetsEditor targets={targets} checks={computed.checks} />
      <section className="op-metrics__card" aria-label="Charts">
        <BarChartView title="People by layer" chart={charts.layers} axis="Layer" count="People" />
        <BarChartView title="Managers by direct reports" chart={charts.span} axis="Direct reports" count="Managers" />
      </section>
      <MetricSummary rows={computed.rows} />
      {targets.spanMax !== null && (
        <PeopleList
          title={`Managers with more than ${targets.spanMax} reports`}
          people={people.overTarget}
          empty="None: every span is within the target."
          outside
        />
      )}
      <PeopleList
        title={narrowTitle}
        people={people.narrow}
        empty="None."
        outside={targets.spanMin !== null && targets.spanMin >= 3}
      />
      <PeopleList title="People without a team" people={people.withoutTeam} empty="None: everyone is in a team." />
    </div>
  );
}
