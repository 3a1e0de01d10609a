/** Auto layout: every manager above their reports, teams below their PO, one undo step. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/shared/model/types';
import { card, connectBrowser, drag, getPlan, nodeById, openApp } from './helpers';

function managersAbove(plan: Plan): boolean {
  return plan.edges
    .filter((e) => e.kind === 'reports-to' || e.kind === 'member-of')
    .every((e) => {
      const upper = e.kind === 'reports-to' ? nodeById(plan, e.target) : nodeById(plan, e.source);
      const lower = e.kind === 'reports-to' ? nodeById(plan, e.source) : nodeById(plan, e.target);
      return upper.position!.y < lower.position!.y;
    });
}

describe('auto layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('puts every manager above their reports, in one undoable step', async () => {
    const { page, context } = await openApp(browser);
    // Mess it up: the CPO goes to the bottom, a PM to the far left.
    for (const [id, dx, dy] of [
      ['cpo', 0, 260],
      ['pm-checkout', -40, 200],
    ] as const) {
      const box = (await card(page, id).boundingBox())!;
      const start = { x: box.x + box.width / 2, y: box.y + 4 };
      await drag(page, start, { x: start.x + dx, y: start.y + dy }, { steps: 15 });
    }
    const messy = await getPlan(page);
    expect(managersAbove(messy)).toBe(false);

    await page.getByRole('button', { name: 'Auto layout' }).click();
    const tidy = await getPlan(page);
    expect(managersAbove(tidy)).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await getPlan(page)).toEqual(messy);
    await page.keyboard.press('Shift+L');
    expect(await getPlan(page)).toEqual(tidy);
    await context.close();
  });
});
