import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexPlan, type GraphIndex } from '@shared/graph';
import { EDGE_KINDS, NODE_KINDS, type Plan, type PlanNode } from '@shared/model/types';
import { planArbitrary } from '../arbitraries';
import { edge, node, plan, smallOrg } from '../edit/fixtures';

/** Everything the index answers, by id and by position, as plain data: a patched index must answer as a fresh one. */
function snapshot(index: GraphIndex, p: Plan): Record<string, unknown> {
  const ids = [...new Set(p.nodes.map((n) => n.id))].sort();
  const byId = ids.map((id) => ({
    id,
    node: index.nodeById.get(id),
    managers: index.managerLines(id),
    reports: index.reportLines(id),
    reportsTo: index.reportsToLines(id),
    dotted: index.dottedLines(id),
    members: index.teamMembers(id),
    engaged: index.stakeholdersEngaged(id),
    edges: index.edgesAt(id),
    manager: index.managerOf(id),
  }));
  const positions = Array.from({ length: index.nodeCount }, (_, i) => i);
  const byPosition = {
    kinds: positions.map((i) => [index.kind(i), index.isPerson(i), index.node(i)]),
    ofKind: NODE_KINDS.map((kind) => [...index.nodesOf(kind)]),
    lines: EDGE_KINDS.map((kind) => positions.map((i) => [index.from(kind).of(i), index.into(kind).of(i)])),
    reaches: NODE_KINDS.map((kind) => positions.map((i) => index.into('reports-to').reaches(i, kind))),
  };
  return { byId, edges: p.edges.map((e) => index.edgeById.get(e.id)), byPosition };
}

/** The same plan in new arrays, so indexPlan cannot start from an earlier index. */
const fresh = (p: Plan): Plan => ({ ...p, nodes: [...p.nodes], edges: [...p.edges] });

function replaceNode(p: Plan, i: number, next: PlanNode): Plan {
  return { ...p, nodes: p.nodes.map((n, j) => (j === i ? next : n)) };
}

describe('indexPlan', () => {
  it('is built once per plan object', () => {
    const p = smallOrg();
    expect(indexPlan(p)).toBe(indexPlan(p));
  });

  it('sees a renamed node and keeps the tables of the plan before', () => {
    const before = smallOrg();
    const first = indexPlan(before);
    const i = before.nodes.findIndex((n) => n.id === 'pm');
    const after = replaceNode(before, i, { ...before.nodes[i]!, name: 'Renamed' });
    const index = indexPlan(after);
    expect(index.nodeById.get('pm')?.name).toBe('Renamed');
    expect(index.tables).toBe(first.tables);
    expect(snapshot(index, after)).toEqual(snapshot(indexPlan(fresh(after)), after));
  });

  it('rebuilds the hierarchy when a person becomes a team (solid lines to it stop being reporting lines)', () => {
    const before = plan(
      [node('boss', 'pm'), node('a', 'po'), node('b', 'person')],
      [edge('e1', 'reports-to', 'a', 'boss'), edge('e2', 'reports-to', 'b', 'boss')],
    );
    expect(indexPlan(before).reportLines('boss')).toHaveLength(2);
    const after = replaceNode(before, 0, node('boss', 'team'));
    expect(indexPlan(after).reportLines('boss')).toEqual([]);
    expect(indexPlan(after).nodesOf('team')).toEqual(Int32Array.of(0));
    expect(snapshot(indexPlan(after), after)).toEqual(snapshot(indexPlan(fresh(after)), after));
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
          const patched = snapshot(indexPlan(current), current); // starts from the previous plan's index when it can
          expect(patched).toEqual(snapshot(indexPlan(fresh(current)), current));
          indexPlan(current); // the next edit starts from this plan again, not from the fresh copy
        }
      }),
      { numRuns: 300 },
    );
  });
});
