/**
 * Issue 14's small things, through the keyboard and mouse: problems headed by
 * the rule's words (id on hover), new cards numbered, notices clear of the
 * zoom controls and gone when another plan opens, and a New dialog that says
 * what New will do.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRule } from '@shared/rules/catalog';
import { connectBrowser, getPlan, openApp, screenshot, startBlank } from './helpers';

type Box = { x: number; y: number; width: number; height: number };

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (found === null) throw new Error(`${selector} is not on screen`);
  return found;
}

describe('small things', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('heads each group of problems with the rule in words, its id on hover', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('Control+Shift+M');
    const heads = page.getByTestId('problem-group');
    await heads.first().waitFor();
    expect(await heads.count()).toBeGreaterThan(0);
    for (const head of await heads.all()) {
      const id = (await head.getAttribute('data-rule')) ?? '';
      const title = head.locator('.op-problems__rule-title');
      expect(await title.textContent()).toBe(findRule(id)?.summary);
      expect(await title.getAttribute('title')).toBe(id);
    }
    await context.close();
  });

  it('numbers new cards of a kind, so a problem about one names it alone', async () => {
    const { page, context } = await openApp(browser);
    await startBlank(page);
    await page.getByTestId('palette-addPo').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('palette-addPo').click();
    await page.keyboard.press('Escape');
    expect((await getPlan(page)).nodes.map((n) => n.name)).toEqual(['New PO', 'New PO 2']);
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('[data-testid="problem-row"][data-rule="po-reports-to-pm"]');
    await expect.poll(() => rows.count()).toBe(2);
    expect((await rows.allTextContents()).some((text) => text.includes('New PO 2'))).toBe(true);
    await context.close();
  });

  it('shows notices clear of the zoom controls and the minimap, and drops them when another plan opens', async () => {
    const { page, context } = await openApp(browser, { width: 1024, height: 640 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.op-problems').waitFor();
    await page.locator('.op-canvas').focus();
    // C with nothing selected says what to select: four times, the most notices shown at once.
    for (let i = 0; i < 4; i++) await page.keyboard.press('c');
    await expect.poll(() => page.locator('.op-toast').count()).toBe(4);
    await screenshot(page, 'toasts-1024x640.png');
    const toasts = await box(page, '.op-toasts');
    expect(intersects(toasts, await box(page, '.op-view-controls'))).toBe(false);
    expect(intersects(toasts, await box(page, '.op-minimap'))).toBe(false);

    await page.keyboard.press('Shift+N');
    await page.getByTestId('start-example').click();
    await expect.poll(() => getPlan(page).then((p) => p.nodes.length)).toBe(19);
    expect(await page.locator('.op-toast').count()).toBe(0);
    await context.close();
  });

  it('says in the New dialog what happens to unsaved changes, and then does it', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'New…' }).click();
    const note = page.getByTestId('start-note');
    expect(await note.textContent()).toContain('no unsaved changes');
    await page.getByTestId('start-blank').click();
    await page.getByText('This plan is empty').waitFor();
    // No question was asked: the example had no changes.
    expect(await page.getByTestId('unsaved-prompt').count()).toBe(0);

    await page.getByTestId('palette-addPm').click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'New…' }).click();
    expect(await note.textContent()).toContain('asked whether to save them');
    await page.getByTestId('start-example').click();
    await page.getByTestId('unsaved-prompt').waitFor();
    await page.getByRole('button', { name: 'Don’t Save' }).click();
    await expect.poll(() => getPlan(page).then((p) => p.nodes.length)).toBe(19);
    await context.close();
  });
});
