/** Dropping a person onto another person changes their manager in one step. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, centreOf, connectBrowser, drag, getPlan, nodeById, openApp } from './helpers';

describe('re-parenting by drag and drop', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('makes the dropped person report to the person under them, and puts them back', async () => {
    const { page, context } = await openApp(browser);
    const original = await getPlan(page);
    const from = await centreOf(page, '.react-flow__node[data-id="po-cart"]');
    const to = await centreOf(page, '.react-flow__node[data-id="pm-payments"]');
    await drag(page, from, to, { steps: 25, hold: true });
    const hint = page.locator('.op-drop-hint');
    await hint.waitFor();
    expect(await hint.textContent()).toContain('Lena Schmidt (PO) reports to Priya Raman (PM)');
    expect(await card(page, 'pm-payments').locator('.is-drop-ok').count()).toBe(1);
    await page.mouse.up();
    const plan = await getPlan(page);
    const managers = plan.edges.filter((e) => e.kind === 'reports-to' && e.source === 'po-cart').map((e) => e.target);
    expect(managers).toEqual(['pm-payments']);
    expect(nodeById(plan, 'po-cart').position).toEqual(nodeById(original, 'po-cart').position);
    // A notice says what happened, naming the previous manager.
    await page.locator('.op-toast').filter({ hasText: 'instead of Daniel Okafor (PM)' }).waitFor();
    await page.keyboard.press('Control+z');
    expect(await getPlan(page)).toEqual(original);
    await context.close();
  });
});
