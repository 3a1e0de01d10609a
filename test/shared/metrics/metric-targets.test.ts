/** Targets from the plan's rule settings, the checks against the metrics, the people lists and the compare rows. */
import { describe, expect, it } from 'vitest';
import { orgMetrics } from '@shared/diff/org-metrics';
import { articleExamplePlan } from '@shared/example/article-example';
import { metricPeople } from '@shared/metrics/metric-people';
import { compareRows, metricRows } from '@shared/metrics/metric-rows';
import { metricTargets, targetChecks } from '@shared/metrics/metric-targets';
import type { Plan } from '@shared/model/types';

const example = articleExamplePlan();
const withRules = (rules: Plan['rules']): Plan => ({ ...example, ...(rules !== undefined && { rules }) });

describe('metric targets', () => {
  it('reads the defaults: span at most 8, no minimum, at most 10 layers; the example meets them', () => {
    const targets = metricTargets(example);
    expect(targets).toEqual({ spanMax: 8, spanMin: null, maxLayers: 10 });
    expect(targetChecks(orgMetrics(example), targets).map((check) => [check.id, check.value, check.met])).toEqual([
      ['span-max', 3, true],
      ['max-layers', 3, true],
    ]);
  });

  it('reads the plan’s options, and no target from a rule that is off', () => {
    const plan = withRules({
      'span-of-control': { options: { min: 3, max: 2 } },
      'max-layers': { enabled: false },
    });
    const targets = metricTargets(plan);
    expect(targets).toEqual({ spanMax: 2, spanMin: 3, maxLayers: null });
    expect(targetChecks(orgMetrics(plan), targets).map((check) => [check.id, check.met])).toEqual([
      ['span-max', false],
      ['span-min', false],
    ]);
  });

  it('lists the managers over the target and the narrow ones, by their reports, and the people in no team', () => {
    const people = metricPeople(example, { spanMax: 2, spanMin: null, maxLayers: null });
    expect(people.overTarget.map((p) => [p.label, p.reports])).toEqual([['Maria Fernandes', 3]]);
    expect(people.narrow.map((p) => p.reports)).toEqual([2, 2]);
    expect(people.narrowBelow).toBe(3);
    expect(people.withoutTeam).toHaveLength(orgMetrics(example).peopleWithoutTeam);
    const stricter = metricPeople(example, { spanMax: null, spanMin: 4, maxLayers: null });
    expect(stricter.overTarget).toEqual([]);
    expect(stricter.narrow).toHaveLength(3);
  });

  it('marks rows outside the target and compares two plans row by row', () => {
    const tight = withRules({ 'max-layers': { options: { max: 2 } } });
    const rows = metricRows(orgMetrics(tight), metricTargets(tight));
    expect(rows.find((row) => row.key === 'layers')).toMatchObject({ value: 3, outside: true });
    expect(rows.find((row) => row.key === 'span')).toMatchObject({ text: 'median 2 (2–3)', outside: false });
    const smaller: Plan = { ...example, nodes: example.nodes.filter((node) => node.kind !== 'stakeholder') };
    const compared = compareRows(rows, metricRows(orgMetrics(smaller), metricTargets(smaller)));
    expect(compared.find((row) => row.key === 'stakeholder')).toMatchObject({ delta: -6, deltaText: '−6' });
    expect(compared.find((row) => row.key === 'headcount')).toMatchObject({ delta: 0, deltaText: '0' });
    expect(compared.find((row) => row.key === 'stakeholders-per-pm')?.deltaText).toBe('−1.5');
    const empty: Plan = { ...example, nodes: [], edges: [] };
    const toEmpty = compareRows(rows, metricRows(orgMetrics(empty), metricTargets(empty)));
    expect(toEmpty.find((row) => row.key === 'layers')).toMatchObject({ delta: null, deltaText: '' });
  });
});
