import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { FORMAT_NAME, FORMAT_VERSION, type Plan, type PlanEdge, type PlanNode } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';
import { planArbitrary, planWithShuffledCopyArbitrary } from '../arbitraries';

describe('checkPlan on random valid plans', () => {
  it('the arbitraries make plans the loader accepts, and that round-trip byte for byte', () => {
    fc.assert(
      fc.property(planArbitrary(), (plan) => {
        const text = serializePlan(plan);
        const parsed = parsePlan(text);
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        if (parsed.ok) expect(serializePlan(parsed.plan)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and names only nodes and edges of the plan', () => {
    fc.assert(
      fc.property(planArbitrary(), (plan) => {
        const nodeIds = new Set(plan.nodes.map((node) => node.id));
        const edgeIds = new Set(plan.edges.map((edge) => edge.id));
        for (const v of checkPlan(plan)) {
          expect(v.message.trim()).not.toBe('');
          for (const id of v.nodeIds) expect(nodeIds.has(id), `${v.ruleId} node ${id}`).toBe(true);
          for (const id of v.edgeIds) expect(edgeIds.has(id), `${v.ruleId} edge ${id}`).toBe(true);
          // Only a stale waiver of a missing node and unknown rules naming no existing node may name no node.
          if (v.nodeIds.length === 0) expect(['stale-waiver', 'unknown-rule']).toContain(v.ruleId);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of nodes, edges and waivers', () => {
    fc.assert(
      fc.property(planWithShuffledCopyArbitrary(), ([plan, shuffled]) => {
        expect(checkPlan(shuffled)).toEqual(checkPlan(plan));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same result for a plan and its saved-and-reloaded copy', () => {
    fc.assert(
      fc.property(planArbitrary(), (plan) => {
        const parsed = parsePlan(serializePlan(plan));
        if (parsed.ok) expect(checkPlan(parsed.plan)).toEqual(checkPlan(plan));
      }),
      { numRuns: 200 },
    );
  });
});

describe('deep hierarchies', () => {
  const N = 100_000;
  const chain = (closed: boolean): Plan => {
    const nodes: PlanNode[] = [];
    const edges: PlanEdge[] = [];
    for (let i = 0; i < N; i++) {
      nodes.push({ id: `n${i}`, kind: i === 0 ? 'po' : i === N - 1 ? 'pm' : 'person', name: `Person ${i}` });
      if (i > 0) edges.push({ id: `e${i}`, kind: 'reports-to', source: `n${i}`, target: `n${i - 1}` });
    }
    if (closed) edges.push({ id: 'e0', kind: 'reports-to', source: 'n0', target: `n${N - 1}` });
    return { format: FORMAT_NAME, version: FORMAT_VERSION, nodes, edges };
  };

  it('checks a 100,000-deep reporting chain without overflowing the stack', () => {
    const found = checkPlan(chain(false));
    // The PM at the bottom is 99,999 levels under the PO at the top.
    expect(found.find((v) => v.ruleId === 'pm-not-under-po')).toMatchObject({
      nodeIds: [`n${N - 1}`, 'n0'],
      edgeIds: [`e${N - 1}`],
      message: `Person ${N - 1} (PM) is under Person 0 (PO), ${N - 1} levels up`,
    });
    expect(found.some((v) => v.ruleId === 'no-reporting-cycles')).toBe(false);
  });

  it('finds the 100,000-node cycle when the chain is closed', () => {
    const cycles = checkPlan(chain(true)).filter((v) => v.ruleId === 'no-reporting-cycles');
    expect(cycles).toHaveLength(1);
    const cycle = cycles[0]!;
    expect(cycle.nodeIds).toHaveLength(N);
    // Chain order from the smallest id "n0": its manager is n99999, whose manager is n99998, ...
    expect(cycle.nodeIds.slice(0, 3)).toEqual(['n0', `n${N - 1}`, `n${N - 2}`]);
    expect(cycle.edgeIds.slice(0, 3)).toEqual(['e0', `e${N - 1}`, `e${N - 2}`]);
    expect(cycle.message.length).toBeLessThan(200);
  });
});
