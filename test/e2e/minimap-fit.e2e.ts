/**
 * Issue 14, item 4's last parts: Fit view keeps the cards out from under the minimap (at 1440 × 900 with the
 * problems panel open the minimap covered the bottom-right card), and folding a side panel (or opening and closing
 * the problems panel) refits a view the user has not moved since it was fitted, but keeps a view they panned or zoomed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, openApp, screenshot } from './helpers';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not shown`);
  return box;
}

async function cardBoxes(page: Page): Promise<{ id: string; box: Box }[]> {
  const found: { id: string; box: Box }[] = [];
  for (const element of await page.locator('.react-flow__node').all()) {
    const box = await element.boundingBox();
    if (box !== null) found.push({ id: (await element.getAttribute('data-id')) ?? '?', box });
  }
  return found;
}

const viewport = (page: Page): Promise<string> =>
  page.locator('.react-flow__viewport').evaluate((el: { style: { transform: string } }) => el.style.transform);

/** Waits for the view's animation to end: the transform unchanged over a few frames. */
async function settled(page: Page): Promise<string> {
  let last = await viewport(page);
  for (;;) {
    await page.waitForTimeout(150);
    const now = await viewport(page);
    if (now === last) return now;
    last = now;
  }
}

/** The middle of all cards, horizontally, minus the canvas's middle: 0 when the chart is centred in it. */
async function offCentre(page: Page): Promise<number> {
  const cards = (await cardBoxes(page)).map((c) => c.box);
  const left = Math.min(...cards.map((b) => b.x));
  const right = Math.max(...cards.map((b) => b.x + b.width));
  const main = await boxOf(page, '.op-main');
  return (left + right) / 2 - (main.x + main.width / 2);
}

describe('the minimap and fitting the view', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('fits the article example at 1440 × 900 with the problems panel open without any card under the minimap', async () => {
    const { page, context } = await openApp(browser, { width: 1440, height: 900 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.op-problems [data-testid="problem-row"]').first().waitFor();
    await page.getByRole('button', { name: /^Fit view/ }).click();
    await settled(page);
    await screenshot(page, 'minimap-fit-1440x900.png');
    const minimap = await boxOf(page, '.op-minimap');
    const cards = await cardBoxes(page);
    expect(cards).toHaveLength(19);
    expect(cards.filter((c) => intersects(c.box, minimap)).map((c) => c.id)).toEqual([]);
    // Every card is in the canvas, and the minimap stays in it: left of the inspector, above the problems panel.
    const main = await boxOf(page, '.op-main');
    for (const { box } of cards) {
      expect(box.x).toBeGreaterThanOrEqual(main.x);
      expect(box.y + box.height).toBeLessThanOrEqual(main.y + main.height);
    }
    expect(minimap.x + minimap.width).toBeLessThanOrEqual((await boxOf(page, '.op-inspector')).x);
    expect(minimap.y + minimap.height).toBeLessThanOrEqual((await boxOf(page, '.op-problems')).y);
    await context.close();
  });

  it('refits when a side panel folds or unfolds while the view is as fitted, and keeps a view the user moved', async () => {
    const { page, context } = await openApp(browser, { width: 1440, height: 900 });
    const opened = await settled(page);
    expect(Math.abs(await offCentre(page))).toBeLessThan(3);
    /** The view is what Fit view gives: pressing it changes nothing. */
    const asFitView = async (): Promise<string> => {
      const before = await settled(page);
      await page.getByRole('button', { name: /^Fit view/ }).click();
      expect(await settled(page)).toBe(before);
      return before;
    };
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Control+b');
    await page.getByTestId('rail-palette').waitFor();
    // Without the refit the chart stayed where it was: (212 − 40) / 2 = 86 px right of the wider canvas's middle.
    const folded = await asFitView();
    expect(folded).not.toBe(opened);
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Control+Alt+b');
    await page.getByTestId('rail-inspector').waitFor();
    const unfolded = await asFitView();
    expect(unfolded).not.toBe(folded);
    const cards = await cardBoxes(page);
    const minimap = await boxOf(page, '.op-minimap');
    expect(cards.filter((c) => intersects(c.box, minimap)).map((c) => c.id)).toEqual([]);

    // The user zooms: folding no longer moves the view.
    const main = await boxOf(page, '.op-main');
    await page.mouse.move(main.x + main.width / 2, main.y + main.height / 2);
    await page.mouse.wheel(0, -300);
    const moved = await settled(page);
    expect(moved).toMatch(/scale/);
    expect(moved).not.toBe(unfolded);
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Control+b');
    await page.locator('.op-palette').waitFor();
    await page.waitForTimeout(500);
    expect(await viewport(page)).toBe(moved);
    await context.close();
  });

  it('refits an unmoved view when the problems panel opens, so no card is under the minimap, and again when it closes', async () => {
    const { page, context } = await openApp(browser, { width: 1440, height: 900 });
    const opened = await settled(page);
    await page.getByTestId('rule-counts').click();
    await page.locator('.op-problems [data-testid="problem-row"]').first().waitFor();
    const withPanel = await settled(page);
    await screenshot(page, 'minimap-problems-opened-1440x900.png');
    const minimap = await boxOf(page, '.op-minimap');
    const cards = await cardBoxes(page);
    expect(cards).toHaveLength(19);
    // Before, the view stayed as fitted to the taller canvas: the bottom-right cards sat under the minimap.
    expect(cards.filter((c) => intersects(c.box, minimap)).map((c) => c.id)).toEqual([]);
    expect(withPanel).not.toBe(opened);
    const main = await boxOf(page, '.op-main');
    for (const { box } of cards) expect(box.y + box.height).toBeLessThanOrEqual(main.y + main.height);
    // It is the view Fit view gives.
    await page.getByRole('button', { name: /^Fit view/ }).click();
    expect(await settled(page)).toBe(withPanel);

    await page.getByRole('button', { name: 'Close the problems panel' }).click();
    await page.locator('.op-problems').waitFor({ state: 'detached' });
    const closed = await settled(page);
    expect(closed).not.toBe(withPanel);
    await page.getByRole('button', { name: /^Fit view/ }).click();
    expect(await settled(page)).toBe(closed);
    await context.close();
  });
});
