/**
 * Everything the Metrics tab shows, computed once per plan object (memoByPlan):
 * an edit makes a new plan and one new computation, a re-render or a
 * selection change reuses it. All of it is linear in the plan's size.
 */
import { orgMetrics, type OrgMetrics } from '@shared/diff/org-metrics';
import { metricPeople, type MetricPeople } from '@shared/metrics/metric-people';
import { metricRows, type MetricRow } from '@shared/metrics/metric-rows';
import { metricTargets, targetChecks, type MetricTargets, type TargetCheck } from '@shared/metrics/metric-targets';
import type { Plan } from '@shared/model/types';
import { useEditor } from '../store/hooks';
import { memoByPlan } from '../store/plan-selectors';

export interface PlanMetrics {
  readonly metrics: OrgMetrics;
  readonly targets: MetricTargets;
  readonly checks: readonly TargetCheck[];
  readonly rows: readonly MetricRow[];
  readonly people: MetricPeople;
}

export const planMetrics = memoByPlan((plan: Plan): PlanMetrics => {
  const metrics = orgMetrics(plan);
  const targets = metricTargets(plan);
  return {
    metrics,
    targets,
    checks: targetChecks(metrics, targets),
    rows: metricRows(metrics, targets),
    people: metricPeople(plan, targets),
  };
});

export const usePlanMetrics = (): PlanMetrics => useEditor((state) => planMetrics(state.plan));
