/**
 * The canvas draws lines along the router's paths (edges/route-cache.ts): after auto layout every line of the
 * article example and of org-1516 is routed, and no routed segment passes through a card (at its real size on the
 * canvas) that is not one of its two ends; a dragged end, or a line the router cannot keep clear, falls back to
 * React Flow's step or curve.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { moveNodes } from '@shared/edit';
import { articleExamplePlan } from '@shared/example/article-example';
import type { Plan, Position } from '@shared/model/types';
import { nodeSize } from '@shared/view/card-size';
import { createEdgeDeriver } from '../../src/renderer/src/canvas/derive';
import { createRouteCache } from '../../src/renderer/src/canvas/edges/route-cache';

const NONE = new Set<string>();
const CSV = readFileSync(new URL('../fixtures/org-1516.csv', import.meta.url), 'utf8');

function org1516(): Plan {
  const result = importCsv(CSV);
  if (!result.ok) throw new Error(result.refusal.kind);
  return result.plan;
}

/** Does the axis-parallel segment a-b pass through the inside of the box (more than half a pixel in)? */
function passesThrough(a: Position, b: Position, box: { x: number; y: number; w: number; h: number }): boolean {
  const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 > box.x + 0.5 && x0 < box.x + box.w - 0.5 && y1 > box.y + 0.5 && y0 < box.y + box.h - 0.5;
}

/** "edge → card" for every routed segment through a card that is not the edge's end (a plain scan: the oracle). */
function linesUnderCards(plan: Plan, routes: ReadonlyMap<string, readonly Position[]>): string[] {
  const boxes = plan.nodes.map((n) => ({ id: n.id, x: n.position!.x, y: n.position!.y, ...sizeOf(n.kind) }));
  const found: string[] = [];
  for (const edge of plan.edges) {
    const points = routes.get(edge.id) ?? [];
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      expect(a.x === b.x || a.y === b.y).toBe(true);
      for (const box of boxes) {
        if (box.id !== edge.source && box.id !== edge.target && passesThrough(a, b, box)) {
          found.push(`${edge.id} → ${box.id}`);
        }
      }
    }
  }
  return found;
}
const sizeOf = (kind: Plan['nodes'][number]['kind']) => ({ w: nodeSize(kind).width, h: nodeSize(kind).height });

describe('routed lines on the canvas', () => {
  for (const [name, make] of [
    ['the article example', articleExamplePlan],
    ['org-1516 after import', org1516],
  ] as const) {
    it(`routes every line of ${name} and none passes under a card it does not connect`, () => {
      const plan = make();
      const routes = createRouteCache()(plan, NONE);
      expect([...routes.keys()].sort()).toEqual(plan.edges.map((e) => e.id).sort());
      expect(linesUnderCards(plan, routes)).toEqual([]);
      const edges = createEdgeDeriver()(plan, NONE, null, NONE, null, undefined, routes);
      expect(edges.every((e) => e.type === 'routed' && e.data?.route === routes.get(e.id))).toBe(true);
    });
  }

  it('ends a line at the real edge of a stakeholder pill, which is shorter than a person card', () => {
    const plan = articleExamplePlan();
    const routes = createRouteCache()(plan, NONE);
    const at = new Map(plan.nodes.map((n) => [n.id, n]));
    for (const edge of plan.edges) {
      const points = routes.get(edge.id)!;
      for (const [id, point] of [
        [edge.source, points[0]!],
        [edge.target, points[points.length - 1]!],
      ] as const) {
        const node = at.get(id)!;
        const { width, height } = nodeSize(node.kind);
        const onX = point.x === node.position!.x || point.x === node.position!.x + width;
        const onY = point.y === node.position!.y || point.y === node.position!.y + height;
        expect(onX || onY, `${edge.id} ends off ${id}`).toBe(true);
      }
    }
  });

  it('keeps the same route objects while cards stay put, and draws a dragged card’s lines the old way', () => {
    const plan = articleExamplePlan();
    const routeLines = createRouteCache();
    const first = routeLines(plan, NONE);
    expect(routeLines({ ...plan, name: 'renamed' }, NONE)).toBe(first);
    const drag = new Map([['po-cart', { x: 5000, y: 5000 }]]);
    const edges = createEdgeDeriver()(plan, NONE, drag, NONE, null, undefined, first);
    const dragged = edges.filter((e) => e.source === 'po-cart' || e.target === 'po-cart');
    expect(dragged.length).toBeGreaterThan(0);
    expect(dragged.every((e) => e.type === 'step' || e.type === 'curve')).toBe(true);
    expect(edges.filter((e) => !dragged.includes(e)).every((e) => e.type === 'routed')).toBe(true);
  });

  it('names no handles on routed lines (React Flow keeps fewer look-ups) but the facing ones on the old lines', () => {
    const plan = articleExamplePlan();
    const routes = createRouteCache()(plan, NONE);
    const drag = new Map([['po-cart', { x: 5000, y: 5000 }]]);
    const edges = createEdgeDeriver()(plan, NONE, drag, NONE, null, undefined, routes);
    const routed = edges.filter((e) => e.type === 'routed');
    expect(routed.length).toBeGreaterThan(0);
    expect(routed.every((e) => e.sourceHandle === undefined && e.targetHandle === undefined)).toBe(true);
    const old = edges.filter((e) => e.type !== 'routed');
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((e) => typeof e.sourceHandle === 'string' && typeof e.targetHandle === 'string')).toBe(true);
  });

  it('falls back to the old line where cards dragged into the way leave no clear path', () => {
    // Lena's card dropped straight onto the line between Daniel and Tomás, hugging both: no path keeps clear.
    const plan = articleExamplePlan();
    const at = new Map(plan.nodes.map((n) => [n.id, n.position!]));
    const pm = at.get('pm-checkout')!;
    const boxed = moveNodes(
      plan,
      new Map([
        ['po-delivery', { x: pm.x, y: pm.y + 200 }],
        ['po-cart', { x: pm.x, y: pm.y + 100 }],
        ['sh-northwind', { x: pm.x - 230, y: pm.y + 100 }],
        ['team-cart', { x: pm.x + 230, y: pm.y + 100 }],
      ]),
    );
    const routes = createRouteCache()(boxed, NONE);
    const line = 'reports-to:po-delivery:pm-checkout';
    expect(routes.has(line)).toBe(false);
    const edges = createEdgeDeriver()(boxed, NONE, null, NONE, null, undefined, routes);
    expect(edges.find((e) => e.id === line)?.type).toBe('step');
  });
});
