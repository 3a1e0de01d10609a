/**
 * Small and large windows: at 1024 × 640, 1280 × 800, 1440 × 900 and
 * 1920 × 1080, in both themes, with the problems panel open and a person in
 * the inspector, the window's regions do not overlap and their text is not
 * cut; screenshots for a person to look at go to test-results/. The side
 * panels fold with their buttons and shortcuts, and stay folded after a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, openApp, screenshot } from './helpers';

const SIZES = [
  [1024, 640],
  [1280, 800],
  [1440, 900],
  [1920, 1080],
] as const;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The boxes of every element matching each selector, labelled, measured in the page. */
async function boxes(page: Page, selectors: readonly string[]): Promise<{ label: string; box: Box }[]> {
  const found: { label: string; box: Box }[] = [];
  for (const selector of selectors) {
    const all = await page.locator(selector).all();
    for (const [i, element] of all.entries()) {
      const box = await element.boundingBox();
      if (box !== null && box.width > 0 && box.height > 0) found.push({ label: `${selector}#${String(i)}`, box });
    }
  }
  return found;
}

function overlap(a: Box, b: Box): boolean {
  // A pixel of shared border is not an overlap.
  return a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height;
}

/** Pairs of the given regions that overlap, e.g. "problems filter × explanation". */
async function overlaps(page: Page, selectors: readonly string[]): Promise<string[]> {
  const found = await boxes(page, selectors);
  const pairs: string[] = [];
  for (const [i, a] of found.entries())
    for (const b of found.slice(i + 1)) if (overlap(a.box, b.box)) pairs.push(`${a.label} × ${b.label}`);
  return pairs;
}

/**
 * Shown elements whose content is wider or taller than their box (cut off or ellipsised), or that stick out of
 * their closest `within`. Runs in the page, as a string: these test files are compiled without the DOM's types.
 */
async function clipped(page: Page, selector: string, within?: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const sel = ${JSON.stringify(selector)};
    const parentSel = ${JSON.stringify(within ?? null)};
    const out = [];
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const label = sel + ' “' + (el.textContent || '').trim().slice(0, 30) + '”';
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) out.push(label + ' is cut');
      const parent = parentSel === null ? null : el.closest(parentSel);
      if (parent !== null) {
        const p = parent.getBoundingClientRect();
        if (r.left < p.left - 1 || r.right > p.right + 1 || r.top < p.top - 1 || r.bottom > p.bottom + 1)
          out.push(label + ' sticks out of ' + parentSel);
      }
    }
    return out;
  })()`);
}

/** The example, a person in the inspector (found with the keyboard), the problems panel open. */
async function busyWindow(page: Page): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Priya');
  await page.keyboard.press('Enter');
  await page.locator('.op-inspector input').first().waitFor();
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.op-problems [data-testid="problem-row"]').first().waitFor();
  await page.waitForTimeout(500);
}

const REGIONS = ['.op-header', '.op-palette', '.op-main', '.op-problems', '.op-inspector', '.op-status'];
const HEADER_PARTS = ['.op-brand', '.op-docname', '.op-toolbar', '.op-find', '.op-theme-switch', '.op-side-toggle'];
const PROBLEMS_PARTS = ['.op-problems__filters', '.op-explanation', '.op-problems__head'];
const CANVAS_PARTS = ['.op-view-controls', '.op-minimap'];

describe('window sizes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  // One test per size and theme: each opens its own window, so a slow machine never runs one test past its time.
  for (const colorScheme of ['light', 'dark'] as const)
    for (const [width, height] of SIZES)
      it(`lays out ${String(width)} × ${String(height)}, ${colorScheme}, without overlaps or cut text`, async () => {
        const { page, context } = await openApp(browser, { colorScheme, width, height });
        await busyWindow(page);
        await screenshot(page, `window-${String(width)}x${String(height)}-${colorScheme}.png`);
        const found = [
          ...(await overlaps(page, REGIONS)),
          ...(await overlaps(page, HEADER_PARTS)),
          ...(await overlaps(page, PROBLEMS_PARTS)),
          ...(await overlaps(page, CANVAS_PARTS)),
          ...(await overlaps(page, ['.op-chip', '.op-problems__search'])),
          ...(await clipped(page, '.op-chip', '.op-problems__filters')),
          ...(await clipped(page, '.op-problems__search', '.op-problems__filters')),
          ...(await clipped(page, '.op-status')),
          ...(await clipped(page, '.op-status > span:not(.op-status__rules)', '.op-status')),
          ...(await clipped(page, '.op-header')),
          ...(await clipped(page, '.op-docname__text')),
          ...(await clipped(page, '.op-minimap', '.op-main')),
          ...(await clipped(page, '.op-view-controls', '.op-main')),
        ];
        expect(found).toEqual([]);
        await context.close();
      });

  it('folds the side panels with their buttons and shortcuts, and keeps them folded after a reload', async () => {
    const { page, context } = await openApp(browser, { width: 1024, height: 640 });
    const canvasWidth = async () => (await page.locator('.op-main').boundingBox())?.width ?? 0;
    const before = await canvasWidth();
    await page.getByRole('button', { name: 'Hide the palette' }).click();
    await page.getByTestId('rail-palette').waitFor();
    expect(await page.locator('.op-palette').count()).toBe(0);
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Control+Alt+b');
    await page.getByTestId('rail-inspector').waitFor();
    expect(await page.locator('.op-inspector').count()).toBe(0);
    const folded = await canvasWidth();
    expect(folded).toBeGreaterThan(before + 350);
    await screenshot(page, 'window-1024x640-folded.png');

    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    expect(await page.getByTestId('rail-palette').count()).toBe(1);
    expect(await page.getByTestId('rail-inspector').count()).toBe(1);

    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Control+b');
    await page.locator('.op-palette').waitFor();
    await page.getByRole('button', { name: 'Show the inspector' }).click();
    await page.locator('.op-inspector').waitFor();
    expect(await canvasWidth()).toBeCloseTo(before, 0);
    await context.close();
  });
});
