import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { NODE_HEIGHT, NODE_WIDTH } from '@shared/layout/card-size';
import { buildDisplayList } from '@shared/render/display-list';
import { continuations, paginate, PAGE_SIZES, type PageSize } from '@shared/render/pages';

const CSV = readFileSync(new URL('../../fixtures/org-1516.csv', import.meta.url), 'utf8');

describe('paginate', () => {
  const result = importCsv(CSV);
  if (!result.ok) throw new Error(result.refusal.kind);
  const plan = result.plan;
  const list = buildDisplayList(plan);

  for (const size of Object.keys(PAGE_SIZES) as PageSize[]) {
    it(`puts every card of org-1516 whole on exactly one ${size} page`, () => {
      const { pages, pageOf } = paginate(list, size);
      expect(pageOf.size).toBe(1516);
      expect(pages.reduce((sum, page) => sum + page.cards.length, 0)).toBe(1516);
      for (const page of pages) {
        expect(page.cards.length).toBeGreaterThan(0);
        for (const card of page.cards) {
          expect(card.x).toBeGreaterThanOrEqual(page.x);
          expect(card.y).toBeGreaterThanOrEqual(page.y);
          expect(card.x + NODE_WIDTH).toBeLessThanOrEqual(page.x + page.width);
          expect(card.y + NODE_HEIGHT).toBeLessThanOrEqual(page.y + page.height);
        }
      }
    });
  }

  it('names, for a manager whose reports are on another page, that page', () => {
    const paging = paginate(list, 'a4-landscape');
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
});
