import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { articleExamplePlan } from '@shared/example/article-example';
import { NODE_HEIGHT, NODE_WIDTH } from '@shared/layout/card-size';
import { layoutPlan } from '@shared/layout/tree-layout';
import type { Plan } from '@shared/model/types';
import { buildDisplayList } from '@shared/render/display-list';
import { continuations, pageViewport, paginate, PAGE_SIZES, type PageSize } from '@shared/render/pages';

const CSV = readFileSync(new URL('../../fixtures/org-1516.csv', import.meta.url), 'utf8');

function org1516(): Plan {
  const result = importCsv(CSV);
  if (!result.ok) throw new Error(result.refusal.kind);
  return result.plan;
}

describe('paginate', () => {
  const plan = org1516();
  const list = buildDisplayList(plan);

  for (const size of Object.keys(PAGE_SIZES) as PageSize[]) {
    it(`puts every card of org-1516 whole on exactly one ${size} page, blocks inside the page and apart`, () => {
      const { pages, pageOf } = paginate(plan, list, size);
      const viewport = pageViewport(size);
      expect(pageOf.size).toBe(1516);
      expect(pages.reduce((sum, page) => sum + page.cards.length, 0)).toBe(1516);
      for (const page of pages) {
        expect(page.cards.length).toBeGreaterThan(0);
        for (const block of page.blocks) {
          expect(block.left).toBeGreaterThanOrEqual(0);
          expect(block.top).toBeGreaterThanOrEqual(0);
          expect(block.left + block.width).toBeLessThanOrEqual(viewport.width + 1e-6);
          expect(block.top + block.height).toBeLessThanOrEqual(viewport.height + 1e-6);
          for (const card of block.cards) {
            expect(card.x).toBeGreaterThanOrEqual(block.x);
            expect(card.y).toBeGreaterThanOrEqual(block.y);
            expect(card.x + NODE_WIDTH).toBeLessThanOrEqual(block.x + block.width);
            expect(card.y + NODE_HEIGHT).toBeLessThanOrEqual(block.y + block.height);
          }
        }
        const placed = page.blocks;
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++) {
            const a = placed[i]!;
            const b = placed[j]!;
            const apart =
              a.left + a.width <= b.left ||
              b.left + b.width <= a.left ||
              a.top + a.height <= b.top ||
              b.top + b.height <= a.top;
            expect(apart).toBe(true);
          }
      }
    });
  }

  // Cut into a grid of tiles, org-1516 took 292 A4 landscape pages, some holding two cards.
  it('packs org-1516 subtrees several to a page: far fewer pages than the 292 tiles', () => {
    const { pages } = paginate(plan, list, 'a4-landscape');
    expect(pages.length).toBeLessThanOrEqual(110);
    expect(1516 / pages.length).toBeGreaterThanOrEqual(13);
    expect(pages.filter((page) => page.blocks.length > 1).length).toBeGreaterThan(pages.length / 2);
  });

  it('prints the article example on two chart pages (it took three or four as tiles)', () => {
    const example = layoutPlan(articleExamplePlan());
    const exampleList = buildDisplayList(example);
    expect(paginate(example, exampleList, 'a4-landscape').pages).toHaveLength(2);
  });

  it('keeps a manager and the reports that fit with it on the same page', () => {
    const { pageOf } = paginate(plan, list, 'a4-landscape');
    const reportsTo = plan.edges.filter((edge) => edge.kind === 'reports-to');
    const together = reportsTo.filter((edge) => pageOf.get(edge.source) === pageOf.get(edge.target)).length;
    expect(together / reportsTo.length).toBeGreaterThan(0.5);
  });

  it('names, for a manager whose reports are on another page, that page', () => {
    const paging = paginate(plan, list, 'a4-landscape');
    const links = continuations(plan, paging);
    for (const edge of plan.edges) {
      const managerPage = paging.pageOf.get(edge.target)!;
      const reportPage = paging.pageOf.get(edge.source)!;
      if (managerPage === reportPage) expect(links.get(edge.target)?.down.has(reportPage) ?? false).toBe(false);
      else {
        expect(links.get(edge.target)!.down.has(reportPage)).toBe(true);
        expect(links.get(edge.source)!.up.has(managerPage)).toBe(true);
      }
    }
  });

  it('pages a plan whose reporting lines form a cycle, every card once', () => {
    const example = layoutPlan(articleExamplePlan());
    const [a, b] = example.nodes;
    const cyclic: Plan = {
      ...example,
      edges: [
        ...example.edges,
        { id: 'c1', kind: 'reports-to', source: a!.id, target: b!.id },
        { id: 'c2', kind: 'reports-to', source: b!.id, target: a!.id },
      ],
    };
    const { pageOf } = paginate(cyclic, buildDisplayList(cyclic), 'a4-portrait');
    expect(pageOf.size).toBe(example.nodes.length);
  });
});
