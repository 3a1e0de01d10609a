/** The org metrics of `stats` and of the diff's two sides. */
import { describe, expect, it } from 'vitest';
import { distribution, orgMetrics } from '../../../src/shared/diff/org-metrics';
import { articleExamplePlan } from '../../../src/shared/example/article-example';
import { emptyPlan, type Plan } from '../../../src/shared/model/types';

describe('org metrics', () => {
  it('measures the article example', () => {
    const metrics = orgMetrics(articleExamplePlan());
    expect(metrics.byKind).toEqual({ pm: 2, po: 4, person: 2, team: 5, stakeholder: 6 });
    expect(metrics.headcount).toBe(8);
    expect(metrics.openRoles).toBe(0);
    // The CPO, then the PMs and the Scrum Master, then the POs.
    expect(metrics.layers).toEqual({
      min: 1,
      median: 2.5,
      max: 3,
      histogram: [
        [1, 1],
        [2, 3],
        [3, 4],
      ],
    });
    expect(metrics.spanOfControl).toEqual({
      min: 2,
      median: 2,
      max: 3,
      histogram: [
        [2, 2],
        [3, 1],
      ],
    });
    expect(metrics.narrowManagers).toBe(2);
    expect(metrics.posPerPm).toEqual({ min: 2, median: 2, max: 2, histogram: [[2, 2]] });
    expect(metrics.teamsPerPo?.max).toBe(1);
    expect(metrics.stakeholdersPerPm).toEqual({
      min: 1,
      median: 1.5,
      max: 2,
      histogram: [
        [1, 1],
        [2, 1],
      ],
    });
    expect(metrics.peopleWithoutTeam).toBe(3);
    expect(metrics.inCycles).toBe(0);
  });

  it('has no distributions for an empty plan', () => {
    const metrics = orgMetrics(emptyPlan());
    expect([metrics.layers, metrics.spanOfControl, metrics.posPerPm]).toEqual([null, null, null]);
  });

  it('leaves people whose chain runs into a cycle out of the layers, without recursing', () => {
    const people = ['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'person' as const, name: id }));
    const plan: Plan = {
      ...emptyPlan(),
      nodes: people,
      edges: [
        { id: '1', kind: 'reports-to', source: 'a', target: 'b' },
        { id: '2', kind: 'reports-to', source: 'b', target: 'a' },
        { id: '3', kind: 'reports-to', source: 'c', target: 'a' },
      ],
    };
    const metrics = orgMetrics(plan);
    expect(metrics.inCycles).toBe(3);
    expect(metrics.layers).toEqual({ min: 1, median: 1, max: 1, histogram: [[1, 1]] });
  });

  it('walks a 20,000-deep chain without running out of stack', () => {
    const n = 20_000;
    const plan: Plan = {
      ...emptyPlan(),
      nodes: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, kind: 'person' as const, name: `P ${i}` })),
      edges: Array.from({ length: n - 1 }, (_, i) => ({
        id: `e${i}`,
        kind: 'reports-to' as const,
        source: `p${i + 1}`,
        target: `p${i}`,
      })),
    };
    expect(orgMetrics(plan).layers?.max).toBe(n);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(distribution([4, 1, 3, 2])?.median).toBe(2.5);
  });
});
