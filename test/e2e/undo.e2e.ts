/** Undo and redo: a whole drag is one step, a delete (with its edges) is one step. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, connectBrowser, drag, getPlan, nodeById, openApp } from './helpers';

describe('undo and redo', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('undoes and redoes a whole drag in one step', async () => {
    const { page, context } = await openApp(browser);
    const before = nodeById(await getPlan(page), 'scrum-master').position!;
    const box = (await card(page, 'scrum-master').boundingBox())!;
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // Up into the empty margin: the Scrum Master stands beside the CPO at the top of the compact example, and
    // 160 px down dropped her onto a PM's card (a re-parenting drop, not a move).
    await drag(page, start, { x: start.x + 40, y: start.y - 100 }, { steps: 20 });
    const after = nodeById(await getPlan(page), 'scrum-master').position!;
    expect(after.y).toBeLessThan(before.y - 100);
    expect((await getPlan(page)).edges.filter((e) => e.source === 'scrum-master')).toHaveLength(3);
    await page.keyboard.press('Control+z');
    expect(nodeById(await getPlan(page), 'scrum-master').position).toEqual(before);
    await page.keyboard.press('Control+Shift+z');
    expect(nodeById(await getPlan(page), 'scrum-master').position).toEqual(after);
    await context.close();
  });

  it('undoes and redoes a delete, edges included', async () => {
    const { page, context } = await openApp(browser);
    const original = await getPlan(page);
    await card(page, 'po-wallets').click();
    await page.keyboard.press('Delete');
    let plan = await getPlan(page);
    expect(plan.nodes.find((n) => n.id === 'po-wallets')).toBeUndefined();
    expect(plan.edges.some((e) => e.source === 'po-wallets' || e.target === 'po-wallets')).toBe(false);
    expect(await card(page, 'po-wallets').count()).toBe(0);
    await page.keyboard.press('Control+z');
    plan = await getPlan(page);
    expect(plan).toEqual(original);
    expect(await card(page, 'po-wallets').count()).toBe(1);
    await page.keyboard.press('Control+y');
    expect((await getPlan(page)).nodes).toHaveLength(original.nodes.length - 1);
    // The toolbar says the same: undo is there, redo is used up.
    expect(await page.getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await getPlan(page)).toEqual(original);
    await context.close();
  });
});
