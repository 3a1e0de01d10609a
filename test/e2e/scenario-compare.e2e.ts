/**
 * Issue 17's journey through real input: a new scenario from the example, a PO moved in it, compared with the
 * as-is scenario, and a change in the list clicked to go to its card.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileMenu } from './files-helpers';
import { card, centreOf, connectBrowser, drag, getSelection, openApp } from './helpers';

const panel = (page: Page) => page.getByTestId('compare-panel');

describe('a scenario compared with the as-is', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('create a scenario, move a PO, compare with the as-is and go to the change', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: /^Scenario: / }).click();
    await page.getByRole('menuitem', { name: 'New scenario from this one' }).click();
    await page.getByRole('button', { name: 'Scenario: Proposal 2' }).waitFor();

    // Lena's PO card onto Priya (PM): in the proposal only.
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Shift+M'); // the minimap covers a corner of the example
    await drag(
      page,
      await centreOf(page, '.react-flow__node[data-id="po-cart"]'),
      await centreOf(page, '.react-flow__node[data-id="pm-payments"]'),
      { steps: 25 },
    );

    await fileMenu(page, /Compare with/);
    await page.getByTestId('compare-scenario-as-is').click();
    await panel(page).waitFor();
    expect(await panel(page).textContent()).toContain('the scenario “As-is”');
    await expect
      .poll(() => panel(page).locator('.op-compare-count[data-kind="moved"]').textContent(), { timeout: 5000 })
      .toBe('Moved 1');
    expect(await card(page, 'po-cart').getByTestId('compare-was-under').textContent()).toBe('was under Daniel Okafor');

    await panel(page)
      .getByRole('button', { name: /Lena Schmidt/ })
      .first()
      .click();
    expect((await getSelection(page)).nodes).toEqual(['po-cart']);
    await expect
      .poll(
        async () => {
          const target = await centreOf(page, '.react-flow__node[data-id="po-cart"]');
          const canvas = await centreOf(page, '.op-canvas');
          return Math.hypot(target.x - canvas.x, target.y - canvas.y);
        },
        { timeout: 3000 },
      )
      .toBeLessThan(4);
    await context.close();
  });
});
