/** Find: centres on the hit, selects it, highlights its reporting chain; collapsing and finding inside. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, centreOf, connectBrowser, getSelection, openApp } from './helpers';

async function distanceFromCanvasCentre(page: Page, id: string): Promise<number> {
  const canvas = await centreOf(page, '.react-flow');
  const node = await centreOf(page, `.react-flow__node[data-id="${id}"]`);
  return Math.hypot(canvas.x - node.x, canvas.y - node.y);
}

describe('find', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('centres on a person found by name, selects them and highlights their chain', async () => {
    const { page, context } = await openApp(browser);
    expect(await distanceFromCanvasCentre(page, 'po-wallets')).toBeGreaterThan(50);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('jonas');
    await page.getByRole('option', { name: /Jonas Berg/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => distanceFromCanvasCentre(page, 'po-wallets')).toBeLessThan(3);
    expect((await getSelection(page)).nodes).toEqual(['po-wallets']);
    for (const id of ['po-wallets', 'pm-payments', 'cpo'])
      expect(await card(page, id).locator('.is-highlighted').count()).toBe(1);
    expect(await card(page, 'pm-checkout').locator('.is-highlighted').count()).toBe(0);
    expect(await page.locator('.react-flow__edge.is-highlighted').count()).toBe(2);
    await context.close();
  });

  it('finds by title, and unfolds a collapsed subtree to show the hit', async () => {
    const { page, context } = await openApp(browser);
    await card(page, 'pm-payments').click();
    await page.keyboard.press('c');
    await expect.poll(() => card(page, 'po-cards').count()).toBe(0);
    expect(await card(page, 'pm-payments').locator('.op-collapse').textContent()).toMatch(/\+\d+/);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('card payments');
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page, 'po-cards').count()).toBe(1);
    await expect.poll(() => distanceFromCanvasCentre(page, 'po-cards')).toBeLessThan(3);
    await context.close();
  });
});
