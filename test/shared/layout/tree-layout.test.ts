import { describe, expect, it } from 'vitest';
import { STACK_INDENT, STACK_TOP } from '@shared/layout/card-size';
import { NODE_HEIGHT, VERTICAL_GAP, computeTreeLayout, layoutPlan } from '@shared/layout/tree-layout';
import { emptyPlan, type EdgeKind, type NodeKind, type Plan, type PlanEdge, type PlanNode } from '@shared/model/types';
import { managersNotAbove, overlappingCards } from './geometry';

const ROW = NODE_HEIGHT + VERTICAL_GAP;

function node(id: string, kind: NodeKind = 'person'): PlanNode {
  return kind === 'stakeholder' ? { id, kind, name: id, scope: 'internal' } : { id, kind, name: id };
}

function edge(kind: EdgeKind, source: string, target: string, id = `${kind}:${source}:${target}`): PlanEdge {
  return { id, kind, source, target };
}

function plan(nodes: readonly PlanNode[], edges: readonly PlanEdge[] = []): Plan {
  return { ...emptyPlan(), nodes, edges };
}

/** A product area: CPO, 3 PMs, 3 POs each with a team of 4 developers, stakeholders and a few loose ends. */
function productArea(): Plan {
  const nodes = [node('cpo')];
  const edges: PlanEdge[] = [];
  for (let m = 1; m <= 3; m++) {
    nodes.push(node(`pm${m}`, 'pm'), node(`ext${m}`, 'stakeholder'));
    edges.push(edge('reports-to', `pm${m}`, 'cpo'), edge('engages', `pm${m}`, `ext${m}`));
    for (let o = 1; o <= 3; o++) {
      const po = `po${m}${o}`;
      const team = `team${m}${o}`;
      nodes.push(node(po, 'po'), node(team, 'team'), node(`int${m}${o}`, 'stakeholder'));
      edges.push(edge('reports-to', po, `pm${m}`), edge('member-of', po, team), edge('engages', po, `int${m}${o}`));
      // Engaged by two people: it goes next to the smaller id.
      edges.push(edge('engages', 'cpo', `int${m}${o}`));
      for (let d = 1; d <= 4; d++) {
        nodes.push(node(`dev${m}${o}${d}`));
        edges.push(edge('reports-to', `dev${m}${o}${d}`, 'cpo'), edge('member-of', `dev${m}${o}${d}`, team));
      }
    }
  }
  nodes.push(node('team-no-po', 'team'), node('team-alone', 'team'), node('sh-alone', 'stakeholder'));
  edges.push(edge('member-of', 'dev111', 'team-no-po'), edge('member-of', 'dev222', 'team-no-po'));
  return plan(nodes, edges);
}

/** A seeded shuffle, so a failure reproduces. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('computeTreeLayout', () => {
  it('places every node of a product area without overlap, managers above reports', () => {
    const area = productArea();
    const positions = computeTreeLayout(area);
    expect([...positions.keys()].sort()).toEqual(area.nodes.map((n) => n.id).sort());
    expect(overlappingCards(positions)).toEqual([]);
    expect(managersNotAbove(area, positions)).toEqual([]);
    expect(Math.min(...[...positions.values()].map((p) => p.x))).toBe(0);
    expect(Math.min(...[...positions.values()].map((p) => p.y))).toBe(0);
  });

  it('puts a team below its PO, else below its smallest member, else at the top', () => {
    const positions = computeTreeLayout(productArea());
    const at = (id: string) => positions.get(id)!;
    expect(at('team12')).toEqual({ x: at('po12').x, y: at('po12').y + ROW }); // its only child: straight below
    expect(at('team-no-po').y).toBe(at('dev111').y + ROW);
    expect(at('team-alone').y).toBe(0);
  });

  it('puts a stakeholder below the engaging node with the smallest id, else at the top', () => {
    const positions = computeTreeLayout(productArea());
    expect(positions.get('ext2')!.y).toBe(positions.get('pm2')!.y + ROW);
    expect(positions.get('int23')!.y).toBe(positions.get('cpo')!.y + ROW); // cpo < po23
    expect(positions.get('sh-alone')!.y).toBe(0);
  });

  it('orders children: people, then teams, then stakeholders, each by id', () => {
    const p = plan(
      [node('boss'), node('z-report'), node('a-team', 'team'), node('a-sh', 'stakeholder'), node('b-report')],
      [
        edge('reports-to', 'z-report', 'boss'),
        edge('reports-to', 'b-report', 'boss'),
        edge('member-of', 'boss', 'a-team'),
        edge('engages', 'boss', 'a-sh'),
      ],
    );
    const positions = computeTreeLayout(p);
    const leftToRight = ['b-report', 'z-report', 'a-team', 'a-sh'].map((id) => positions.get(id)!.x);
    expect(leftToRight).toEqual([...leftToRight].sort((a, b) => a - b));
    expect(new Set(leftToRight).size).toBe(4);
  });

  it('uses the reports-to edge with the smallest id when a person has several', () => {
    const p = plan(
      [node('x'), node('y'), node('z')],
      [edge('reports-to', 'x', 'y', 'e2'), edge('reports-to', 'x', 'z', 'e1')],
    );
    const positions = computeTreeLayout(p);
    expect(positions.get('x')).toEqual({ x: positions.get('z')!.x, y: ROW });
  });

  it('ignores dotted lines', () => {
    const solid = plan([node('a'), node('b'), node('c')], [edge('reports-to', 'a', 'c')]);
    const withDotted = plan(solid.nodes, [
      ...solid.edges,
      edge('dotted-line', 'a', 'b'),
      edge('dotted-line', 'c', 'b'),
    ]);
    expect(computeTreeLayout(withDotted)).toEqual(computeTreeLayout(solid));
  });

  it('cuts a reporting cycle at its smallest id, without hanging', () => {
    const p = plan(
      [node('c'), node('b'), node('a'), node('d')],
      [
        edge('reports-to', 'a', 'b'),
        edge('reports-to', 'b', 'c'),
        edge('reports-to', 'c', 'a'),
        edge('reports-to', 'd', 'a'),
      ],
    );
    const positions = computeTreeLayout(p);
    expect(positions.size).toBe(4);
    expect(['a', 'c', 'b'].map((id) => positions.get(id)!.y)).toEqual([0, ROW, 2 * ROW]);
    expect(overlappingCards(positions)).toEqual([]);
  });

  it('places nodes joined by wrong-kind, self or dangling edges', () => {
    const p = plan(
      [node('t1', 'team'), node('t2', 'team'), node('p'), node('s', 'stakeholder'), node('q')],
      [
        edge('reports-to', 't1', 'p'),
        edge('member-of', 't1', 't2'),
        edge('member-of', 't2', 't1'),
        edge('engages', 's', 'p'),
        edge('engages', 's', 's'),
        edge('member-of', 'p', 'q'),
        edge('reports-to', 'q', 'q'),
        edge('reports-to', 'q', 's'),
        edge('reports-to', 'p', 'ghost'),
      ],
    );
    const positions = computeTreeLayout(p);
    expect([...positions.keys()].sort()).toEqual(['p', 'q', 's', 't1', 't2']);
    expect(overlappingCards(positions)).toEqual([]);
  });

  it('gives the same layout whatever the order of nodes and edges', () => {
    const area = productArea();
    const expected = computeTreeLayout(area);
    for (const seed of [1, 2, 3]) {
      const reordered = plan(shuffled(area.nodes, seed), shuffled(area.edges, seed + 10));
      expect(computeTreeLayout(reordered)).toEqual(expected);
    }
  });

  it('lays out a 100,000-long reporting chain without overflowing the stack', () => {
    const count = 100_000;
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`));
    const edges = nodes.slice(1).map((n, i) => edge('reports-to', n.id, `n${i}`));
    const positions = computeTreeLayout(plan(nodes, edges));
    expect(positions.size).toBe(count);
    expect(positions.get(`n${count - 1}`)).toEqual({ x: 0, y: (count - 1) * ROW });
  });

  it('lays out nothing for an empty plan', () => {
    expect(computeTreeLayout(emptyPlan()).size).toBe(0);
  });
});

describe('layoutPlan', () => {
  it('sets every position and leaves the input alone', () => {
    const area = productArea();
    const laidOut = layoutPlan(area);
    expect(laidOut.nodes.every((n) => n.position !== undefined)).toBe(true);
    expect(area.nodes.some((n) => n.position !== undefined)).toBe(false);
    expect(laidOut.edges).toBe(area.edges);
  });

  it('with onlyMissing, keeps existing positions and puts new nodes relative to their positioned ancestor', () => {
    const before = layoutPlan(plan([node('boss'), node('old')], [edge('reports-to', 'old', 'boss')]));
    const moved = before.nodes.map((n) => (n.id === 'boss' ? { ...n, position: { x: 1000, y: 500 } } : n));
    const grown = plan([...moved, node('new'), node('stray')], [...before.edges, edge('reports-to', 'new', 'boss')]);
    const after = layoutPlan(grown, { onlyMissing: true });
    const byId = new Map(after.nodes.map((n) => [n.id, n]));
    expect(byId.get('boss')).toBe(moved[0]); // untouched objects are kept as they are
    expect(byId.get('old')!.position).toEqual(before.nodes[1]!.position);
    // Compact by default: the new report stacks under the moved boss, as the layout puts it.
    expect(byId.get('new')!.position).toEqual({ x: 1000 + STACK_INDENT, y: 500 + NODE_HEIGHT + STACK_TOP });
    expect(byId.get('stray')!.position!.y).toBeGreaterThanOrEqual(500 + ROW); // below the existing drawing
  });
});
