/** The layout choices beside the compact default (left to right, the plan's own choice) and laying out what is shown. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { hiddenByCollapse } from '@shared/edit';
import { articleExamplePlan } from '@shared/example/article-example';
import { NODE_WIDTH } from '@shared/layout/card-size';
import { layoutShown } from '@shared/layout/layout-visible';
import { layoutPlan } from '@shared/layout/tree-layout';
import type { Plan, Position } from '@shared/model/types';
import { overlappingCards, positionsOf } from './geometry';

const CSV = readFileSync(new URL('../../fixtures/org-1516.csv', import.meta.url), 'utf8');

function org1516(): Plan {
  const result = importCsv(CSV, { layout: false });
  if (!result.ok) throw new Error(result.refusal.kind);
  return result.plan;
}

/** `reports-to` edges whose manager's card does not end left of the report's card. */
function managersNotLeft(plan: Plan, at: ReadonlyMap<string, Position>): string[] {
  return plan.edges
    .filter((e) => e.kind === 'reports-to')
    .filter((e) => !(at.get(e.target)!.x + NODE_WIDTH < at.get(e.source)!.x))
    .map((e) => e.id);
}

function width(at: ReadonlyMap<string, Position>, ids?: ReadonlySet<string>): [number, number] {
  let [maxX, maxY] = [0, 0];
  for (const [id, p] of at) {
    if (ids !== undefined && !ids.has(id)) continue;
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return [maxX, maxY];
}

describe('the left-to-right layout', () => {
  for (const [name, make] of [
    ['the article example', articleExamplePlan],
    ['org-1516', org1516],
  ] as const) {
    it(`puts every manager left of their reports without overlaps: ${name}`, () => {
      const plan = layoutPlan(make(), { style: 'left-right' });
      const at = positionsOf(plan);
      expect(at.size).toBe(plan.nodes.length);
      expect(overlappingCards(at)).toEqual([]);
      expect(managersNotLeft(plan, at)).toEqual([]);
    });
  }
});

describe("the plan's own layout choice", () => {
  it('is what layoutPlan uses when not told a style', () => {
    const plan = org1516();
    for (const style of ['tree', 'left-right', 'compact'] as const) {
      const chosen = layoutPlan({ ...plan, layout: { style } });
      expect(positionsOf(chosen)).toEqual(positionsOf(layoutPlan(plan, { style })));
    }
    // No choice is the compact layout.
    expect(positionsOf(layoutPlan(plan))).toEqual(positionsOf(layoutPlan(plan, { style: 'compact' })));
  });
});

describe('layoutShown', () => {
  it('closes the gap of a collapsed subtree, and keeps the hidden cards where they were relative to their manager', () => {
    const plan = layoutPlan(org1516());
    // The manager with the most people under them: folding them should free the most room.
    const reportsOf = new Map<string, number>();
    for (const e of plan.edges)
      if (e.kind === 'reports-to') reportsOf.set(e.target, (reportsOf.get(e.target) ?? 0) + 1);
    const candidates = [...reportsOf]
      .sort((a, b) => b[1] - a[1])
      .slice(1, 4)
      .map(([id]) => id);
    const collapsed = new Set(candidates);
    const hidden = hiddenByCollapse(plan, collapsed);
    expect(hidden.size).toBeGreaterThan(50);
    const relaid = layoutShown(plan, hidden);
    const before = positionsOf(plan);
    const after = positionsOf(relaid);
    const shownIds = new Set(plan.nodes.filter((n) => !hidden.has(n.id)).map((n) => n.id));
    const shown = new Map([...after].filter(([id]) => shownIds.has(id)));
    expect(overlappingCards(shown)).toEqual([]);
    // The shown chart is smaller than the full one was: the folds' room is gone.
    const [w0, h0] = width(before);
    const [w1, h1] = width(after, shownIds);
    expect(w1 * h1).toBeLessThan(w0 * h0);
    // Every hidden card moved exactly as far as the collapsed manager above it.
    for (const manager of candidates) {
      const dx = after.get(manager)!.x - before.get(manager)!.x;
      const dy = after.get(manager)!.y - before.get(manager)!.y;
      for (const e of plan.edges.filter((edge) => edge.kind === 'reports-to' && edge.target === manager)) {
        expect(after.get(e.source)).toEqual({ x: before.get(e.source)!.x + dx, y: before.get(e.source)!.y + dy });
      }
    }
  });

  it('is the plain layout when nothing is hidden', () => {
    const plan = org1516();
    expect(layoutShown(plan, new Set())).toEqual(layoutPlan(plan));
  });
});
