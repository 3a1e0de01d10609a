/** Find: centres on the hit, selects it, highlights its reporting chain; collapsing and finding inside. */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFile, fileMenu } from './files-helpers';
import { card, centreOf, connectBrowser, getPlan, getSelection, openApp, screenshot } from './helpers';

const ORG = resolve(import.meta.dirname, '../fixtures/org-1516.csv');

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

  it('tells apart the 64 "Shelley Burke · Intern" people of org-1516 and says how many match (issue 14: 8 identical rows)', async () => {
    const { page, context } = await openApp(browser);
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), ORG);
    await page.getByTestId('csv-import-go').click();
    await expect.poll(async () => (await getPlan(page)).nodes.length, { timeout: 20_000 }).toBe(1516);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Shelley Bu');
    const options = page.getByRole('option');
    await expect.poll(() => options.count()).toBe(8);
    expect(await page.getByTestId('find-count').textContent()).toBe('8 of 64 matches');
    const rows = await options.allTextContents();
    expect(new Set(rows).size).toBe(8);
    for (const row of rows) expect(row).toMatch(/^Shelley BurkeIntern · reports to Charlotte Cooper › /);
    await screenshot(page, 'find-shelley-bu.png');
    // The row picked is the person found: its id is the one the row named, or one of those with its manager's manager.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const [picked] = (await getSelection(page)).nodes;
    const plan = await getPlan(page);
    expect(plan.nodes.find((node) => node.id === picked)?.name).toBe('Shelley Burke');
    await context.close();
  });

  it('finds people by a field value (an office) and shows which field matched', async () => {
    const { page, context } = await openApp(browser);
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), ORG);
    await page.getByTestId('csv-import-go').click();
    await expect.poll(async () => (await getPlan(page)).nodes.length, { timeout: 20_000 }).toBe(1516);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('CTO office');
    await expect.poll(() => page.getByRole('option').count()).toBe(1);
    expect(await page.getByRole('option').textContent()).toContain('office: CTO office');
    expect(await page.getByTestId('find-count').textContent()).toBe('1 match');
    await page.keyboard.press('Enter');
    expect((await getSelection(page)).nodes).toEqual(['O-6066']);
    await context.close();
  });
});
