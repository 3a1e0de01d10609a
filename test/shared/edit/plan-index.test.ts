import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexPlan, type PlanIndex } from '@shared/edit';
import { NODE_KINDS, type Plan, type PlanNode } from '@shared/model/types';
import { planArbitrary } from '../arbitraries';
import { edge, node, plan, smallOrg } from './fixtures';

/** The index as plain data, for comparing a patched index with one built from scratch. */
function snapshot(index: PlanIndex): Record<string, unknown> {
  const entries = (map: ReadonlyMap<string, unknown>): [string, unknown][] =>
    [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    Object.entries(index).map(([key, map]) => [key, entries(map as ReadonlyMap<string, unknown>)]),
  );
}

/** The same plan in new arrays, so indexPlan cannot start from an earlier index. */
const fresh = (p: Plan): Plan => ({ ...p, nodes: [...p.nodes], edges: [...p.edges] });

function replaceNode(p: Plan, i: number, next: PlanNode): Plan {
  return { ...p, nodes: p.nodes.map((n, j) => (j === i ? next : n)) };
}

describe('indexPlan after an edit', () => {
  it('sees a renamed node and keeps the edge maps of the plan before', () => {
    const before = smallOrg();
    const first = indexPlan(before);
    const i = before.nodes.findIndex((n) => n.id === 'pm');
    const after = replaceNode(before, i, { ...before.nodes[i]!, name: 'Renamed' });
    const index = indexPlan(after);
    expect(index.nodeById.get('pm')?.name).toBe('Renamed');
    expect(index.edgesByNode).toBe(first.edgesByNode);
    expect(snapshot(index)).toEqual(snapshot(indexPlan(fresh(after))));
  });

  it('rebuilds the hierarchy when a person becomes a team (solid lines to it stop being reporting lines)', () => {
    const before = plan(
      [node('boss', 'pm'), node('a', 'po'), node('b', 'person')],
      [edge('e1', 'reports-to', 'a', 'boss'), edge('e2', 'reports-to', 'b', 'boss')],
    );
    expect(indexPlan(before).reportEdges.get('boss')).toHaveLength(2);
    const after = replaceNode(before, 0, node('boss', 'team'));
    expect(indexPlan(after).reportEdges.get('boss')).toBeUndefined();
    expect(snapshot(indexPlan(after))).toEqual(snapshot(indexPlan(fresh(after))));
  });

  it('keeps the first of two nodes sharing an id, whichever of them changes', () => {
    const before = plan([node('x', 'person', { name: 'First' }), node('x', 'person', { name: 'Second' })]);
    indexPlan(before);
    const second = replaceNode(before, 1, node('x', 'person', { name: 'Second, renamed' }));
    expect(indexPlan(second).nodeById.get('x')?.name).toBe('First');
    const first = replaceNode(second, 0, node('x', 'person', { name: 'First, renamed' }));
    expect(indexPlan(first).nodeById.get('x')?.name).toBe('First, renamed');
  });

  it('equals an index built from scratch after any sequence of node replacements', () => {
    const change = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom(...NODE_KINDS),
      name: fc.string({ maxLength: 6 }),
      newId: fc.boolean(),
    });
    fc.assert(
      fc.property(planArbitrary(), fc.array(change, { maxLength: 6 }), (start, changes) => {
        let current = start;
        indexPlan(current);
        for (const c of changes) {
          if (current.nodes.length === 0) return;
          const i = c.at % current.nodes.length;
          const was = current.nodes[i]!;
          current = replaceNode(current, i, {
            ...was,
            id: c.newId ? `${was.id}'` : was.id,
            kind: c.kind,
            name: c.name,
          });
          const patched = snapshot(indexPlan(current)); // starts from the previous plan's index when it can
          expect(patched).toEqual(snapshot(indexPlan(fresh(current))));
          indexPlan(current); // the next edit starts from this plan again, not from the fresh copy
        }
      }),
      { numRuns: 300 },
    );
  });
});
