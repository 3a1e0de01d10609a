import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { articleExamplePlan } from '@shared/example/article-example';
import { buildCardIndex } from '@shared/layout/card-index';
import { NODE_HEIGHT, NODE_WIDTH } from '@shared/layout/card-size';
import { routeEdges, type EdgeRoute } from '@shared/layout/route';
import { emptyPlan, type Plan, type Position } from '@shared/model/types';

const CSV = readFileSync(new URL('../../fixtures/org-1516.csv', import.meta.url), 'utf8');

/** Segments that pass through a card (independently of the router's own count), as "edge id → node id". */
function linesUnderCards(plan: Plan, routes: readonly EdgeRoute[]): string[] {
  const placed = plan.nodes.filter((n) => n.position !== undefined);
  const index = buildCardIndex(placed.map((n) => n.position!));
  const found: string[] = [];
  for (const route of routes) {
    for (let i = 1; i < route.points.length; i++) {
      for (const card of index.crossings(route.points[i - 1]!, route.points[i]!)) {
        found.push(`${route.edgeId} → ${placed[card]!.id}`);
      }
    }
  }
  return found;
}

function onCardEdge(point: Position, card: Position): boolean {
  const inX = point.x >= card.x && point.x <= card.x + NODE_WIDTH;
  const inY = point.y >= card.y && point.y <= card.y + NODE_HEIGHT;
  const onX = point.x === card.x || point.x === card.x + NODE_WIDTH;
  const onY = point.y === card.y || point.y === card.y + NODE_HEIGHT;
  return (inX && onY) || (inY && onX);
}

function expectOrthogonalAndClean(plan: Plan): void {
  const routes = routeEdges(plan);
  expect(routes).toHaveLength(plan.edges.length);
  expect(linesUnderCards(plan, routes)).toEqual([]);
  const at = new Map(plan.nodes.map((n) => [n.id, n.position!]));
  const edges = new Map(plan.edges.map((e) => [e.id, e]));
  for (const route of routes) {
    const e = edges.get(route.edgeId)!;
    expect(route.crossings).toBe(0);
    expect(onCardEdge(route.points[0]!, at.get(e.source)!)).toBe(true);
    expect(onCardEdge(route.points[route.points.length - 1]!, at.get(e.target)!)).toBe(true);
    for (let i = 1; i < route.points.length; i++) {
      const [a, b] = [route.points[i - 1]!, route.points[i]!];
      expect(a.x === b.x || a.y === b.y).toBe(true);
    }
  }
}

describe('routeEdges', () => {
  it('routes every line of the article example around the cards (the tree layout ran lines under cards)', () => {
    expectOrthogonalAndClean(articleExamplePlan());
  });

  it('routes every reporting line of org-1516 after the compact layout around the cards', () => {
    const result = importCsv(CSV);
    if (!result.ok) throw new Error(result.refusal.kind);
    expectOrthogonalAndClean(result.plan);
  });

  it('goes round a card standing between the two ends of a dotted line', () => {
    const plan: Plan = {
      ...emptyPlan(),
      nodes: [
        { id: 'a', kind: 'person', name: 'a', position: { x: 0, y: 0 } },
        { id: 'between', kind: 'person', name: 'between', position: { x: 300, y: 0 } },
        { id: 'b', kind: 'person', name: 'b', position: { x: 600, y: 0 } },
      ],
      edges: [{ id: 'd', kind: 'dotted-line', source: 'a', target: 'b' }],
    };
    const [route] = routeEdges(plan);
    expect(route!.crossings).toBe(0);
    expect(route!.points.length).toBeGreaterThan(2);
    expect(linesUnderCards(plan, [route!])).toEqual([]);
  });

  it('leaves out lines with an end that has no position', () => {
    const plan: Plan = {
      ...emptyPlan(),
      nodes: [
        { id: 'a', kind: 'person', name: 'a', position: { x: 0, y: 0 } },
        { id: 'b', kind: 'person', name: 'b' },
      ],
      edges: [{ id: 'r', kind: 'reports-to', source: 'b', target: 'a' }],
    };
    expect(routeEdges(plan)).toEqual([]);
  });
});

describe('buildCardIndex', () => {
  it('counts a segment through a card but not one along its edge or ending on it', () => {
    const index = buildCardIndex([{ x: 0, y: 0 }]);
    expect(index.crossings({ x: -10, y: 40 }, { x: 300, y: 40 })).toEqual([0]);
    expect(index.crossings({ x: -10, y: 0 }, { x: 300, y: 0 })).toEqual([]);
    expect(index.crossings({ x: 110, y: 200 }, { x: 110, y: NODE_HEIGHT })).toEqual([]);
    expect(index.crossings({ x: -50, y: -50 }, { x: 500, y: 500 })).toEqual([0]);
  });
});
