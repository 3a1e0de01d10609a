import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { articleExamplePlan } from '@shared/example/article-example';
import { NODE_HEIGHT, NODE_WIDTH, SIDE_GAP, STACK_INDENT } from '@shared/layout/card-size';
import { computeCompactLayout } from '@shared/layout/compact-layout';
import { layoutPlan } from '@shared/layout/tree-layout';
import {
  emptyPlan,
  type EdgeKind,
  type NodeKind,
  type Plan,
  type PlanEdge,
  type PlanNode,
  type Position,
} from '@shared/model/types';
import { managersNotAbove, overlappingCards } from './geometry';

const CSV = readFileSync(new URL('../../fixtures/org-1516.csv', import.meta.url), 'utf8');

function node(id: string, kind: NodeKind = 'person'): PlanNode {
  return kind === 'stakeholder' ? { id, kind, name: id, scope: 'internal' } : { id, kind, name: id };
}
function edge(kind: EdgeKind, source: string, target: string): PlanEdge {
  return { id: `${kind}:${source}:${target}`, kind, source, target };
}
function plan(nodes: readonly PlanNode[], edges: readonly PlanEdge[] = []): Plan {
  return { ...emptyPlan(), nodes, edges };
}
/** A manager with `count` reports who have no reports of their own. */
function managerWith(count: number): Plan {
  const reports = Array.from({ length: count }, (_, i) => node(`r${i}`));
  return plan(
    [node('boss'), ...reports],
    reports.map((r) => edge('reports-to', r.id, 'boss')),
  );
}
function boundingBox(positions: Iterable<Position>): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const p of positions) {
    width = Math.max(width, p.x + NODE_WIDTH);
    height = Math.max(height, p.y + NODE_HEIGHT);
  }
  return { width, height };
}
function org1516(): Plan {
  const result = importCsv(CSV, { layout: false });
  if (!result.ok) throw new Error(result.refusal.kind);
  return result.plan;
}

describe('computeCompactLayout', () => {
  it('stacks up to four leaf reports in one column right of the manager, top to bottom', () => {
    const positions = computeCompactLayout(managerWith(4));
    const boss = positions.get('boss')!;
    const column = ['r0', 'r1', 'r2', 'r3'].map((id) => positions.get(id)!);
    expect(column.every((p) => p.x === boss.x + STACK_INDENT)).toBe(true);
    const ys = column.map((p) => p.y);
    expect(ys[0]).toBeGreaterThan(boss.y + NODE_HEIGHT);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(overlappingCards(positions)).toEqual([]);
  });

  it('puts more than four leaf reports into two columns either side of the manager centre', () => {
    const positions = computeCompactLayout(managerWith(9));
    const centre = positions.get('boss')!.x + NODE_WIDTH / 2;
    const xs = new Set(Array.from({ length: 9 }, (_, i) => positions.get(`r${i}`)!.x));
    expect(xs.size).toBe(2);
    const [left, right] = [...xs].sort((a, b) => a - b) as [number, number];
    expect(left + NODE_WIDTH).toBeLessThan(centre);
    expect(right).toBeGreaterThan(centre);
    // Five rows, not a row of nine: taller than wide.
    const box = boundingBox(positions.values());
    expect(box.height).toBeGreaterThan(box.width);
    expect(overlappingCards(positions)).toEqual([]);
  });

  it("puts a PO's team and a person's stakeholders in a side column beside them, not in the bottom row", () => {
    const p = plan(
      [
        node('pm', 'pm'),
        node('po', 'po'),
        node('po2', 'po'),
        node('team', 'team'),
        node('sh', 'stakeholder'),
        node('dev'),
      ],
      [
        edge('reports-to', 'po', 'pm'),
        edge('reports-to', 'po2', 'pm'),
        edge('reports-to', 'dev', 'po2'),
        edge('member-of', 'po', 'team'),
        edge('engages', 'po', 'sh'),
      ],
    );
    const positions = computeCompactLayout(p);
    const po = positions.get('po')!;
    for (const id of ['team', 'sh']) {
      const item = positions.get(id)!;
      expect(item.x).toBe(po.x + NODE_WIDTH + SIDE_GAP);
      expect(item.y).toBeGreaterThan(po.y); // below its top, so "member above team" still holds
    }
    expect(positions.get('team')!.y).toBeLessThan(po.y + NODE_HEIGHT);
    expect(positions.get('sh')!.y).toBeLessThan(positions.get('dev')!.y + NODE_HEIGHT); // not below everything
    expect(overlappingCards(positions)).toEqual([]);
    expect(managersNotAbove(p, positions)).toEqual([]);
  });

  it('lays org-1516 out between 1:3 and 3:1 (the tree layout made it 116:1), managers above reports', () => {
    const p = org1516();
    const positions = computeCompactLayout(p);
    const { width, height } = boundingBox(positions.values());
    expect(width / height).toBeGreaterThan(1 / 3);
    expect(width / height).toBeLessThan(3);
    expect(positions.size).toBe(1516);
    expect(overlappingCards(positions)).toEqual([]);
    expect(managersNotAbove(p, positions)).toEqual([]);
  });

  it('aims at the aspect ratio it is given', () => {
    const p = org1516();
    const ratio = (aspectRatio: number): number => {
      const { width, height } = boundingBox(computeCompactLayout(p, { aspectRatio }).values());
      return width / height;
    };
    expect(ratio(0.5)).toBeLessThan(ratio(1.6));
    expect(ratio(1.6)).toBeLessThan(ratio(4));
  });

  it('lays out the article example without overlaps, wide enough to read on one screen', () => {
    const example = articleExamplePlan();
    const positions = computeCompactLayout(example);
    const { width, height } = boundingBox(positions.values());
    expect(overlappingCards(positions)).toEqual([]);
    expect(managersNotAbove(example, positions)).toEqual([]);
    // Fits the canvas of a 1440 x 900 window (932 x 822 beside the palette and the inspector, less React Flow's
    // 12% fit padding) at 55% or more: the tree layout needed 30%, the Scrum Master in a column left of the PMs 51%.
    expect(Math.min(932 / (width * 1.12), 822 / (height * 1.12))).toBeGreaterThanOrEqual(0.55);
  });

  it("keeps a manager's leaf report who has a team beside the manager, so the row below starts under her", () => {
    const positions = computeCompactLayout(articleExamplePlan());
    const cpo = positions.get('cpo')!;
    const scrumMaster = positions.get('scrum-master')!;
    expect(scrumMaster.x).toBeGreaterThanOrEqual(cpo.x + NODE_WIDTH + SIDE_GAP);
    expect(scrumMaster.y).toBeLessThan(cpo.y + NODE_HEIGHT);
    const leftmostPm = Math.min(positions.get('pm-checkout')!.x, positions.get('pm-payments')!.x);
    expect(leftmostPm).toBeLessThanOrEqual(cpo.x);
  });

  it('gives the same layout whatever the order of nodes and edges', () => {
    const example = articleExamplePlan();
    const expected = computeCompactLayout(example);
    const reversed = plan([...example.nodes].reverse(), [...example.edges].reverse());
    expect(computeCompactLayout(reversed)).toEqual(expected);
  });

  it('lays out a 100,000-long reporting chain without overflowing the stack', () => {
    const count = 100_000;
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`));
    const edges = nodes.slice(1).map((n, i) => edge('reports-to', n.id, `n${i}`));
    const positions = computeCompactLayout(plan(nodes, edges));
    expect(positions.size).toBe(count);
    expect(positions.get(`n${count - 1}`)!.y).toBeGreaterThan(positions.get(`n${count - 2}`)!.y);
  });

  it('is the default of layoutPlan; style "tree" keeps the classic layout', () => {
    const example = articleExamplePlan();
    const compact = computeCompactLayout(example);
    expect(layoutPlan(example).nodes.map((n) => n.position)).toEqual(example.nodes.map((n) => compact.get(n.id)));
    const tree = layoutPlan(example, { style: 'tree' });
    expect(tree.nodes.map((n) => n.position)).not.toEqual(example.nodes.map((n) => compact.get(n.id)));
  });
});
