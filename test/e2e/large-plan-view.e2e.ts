/**
 * Moving the view on a large plan: Fit view and going to a far-away person animate linearly, so the zoom never
 * dips below the canvas's minimum on the way and React Flow never mounts the whole plan mid-animation (d3's
 * default "smooth" path zoomed out to 0.002 while fitting 5,000 people and mounted 2,000 cards for a few frames).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../src/shared/csv/import-csv';
import { serializePlan } from '../../src/shared/format/serialize';
import { layoutPlan } from '../../src/shared/layout/tree-layout';
import { connectBrowser, openApp } from './helpers';

const CSV = resolve(import.meta.dirname, '../fixtures/org-1516.csv');

/** Starts counting, every frame, the cards in the DOM and the zoom; `stopWatch` returns the extremes. */
const START_WATCH = `(() => {
  const w = window;
  w.__watch = { maxCards: 0, minZoom: Infinity, on: true };
  const tick = () => {
    const cards = document.querySelectorAll('.react-flow__node').length;
    const m = /scale\\(([\\d.e+-]+)\\)/.exec(document.querySelector('.react-flow__viewport').style.transform);
    w.__watch.maxCards = Math.max(w.__watch.maxCards, cards);
    if (m) w.__watch.minZoom = Math.min(w.__watch.minZoom, Number(m[1]));
    if (w.__watch.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

async function watchWhile(page: Page, act: () => Promise<void>): Promise<{ maxCards: number; minZoom: number }> {
  await page.evaluate(START_WATCH);
  await act();
  await page.waitForTimeout(800);
  return page.evaluate('(() => { window.__watch.on = false; return window.__watch; })()');
}

describe('the view on a 1,516-person plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('fits the whole plan without mounting it all on the way, and goes to a far-away person the same way', async () => {
    const imported = importCsv(readFileSync(CSV, 'utf8'), { layout: false });
    if (!imported.ok) throw new Error(imported.refusal.kind);
    // The classic tree layout on purpose: far wider than the screen, so a fit and a far jump cross most of the plan
    // (the compact default fits org-1516 on screen whole, which is not what this test is about).
    const plan = layoutPlan(imported.plan, { style: 'tree' });
    const { page, context } = await openApp(browser);
    await page.evaluate(`window.__orgPlannerTest.loadPlanText(${JSON.stringify(serializePlan(plan))})`);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    const fit = await watchWhile(page, () => page.keyboard.press('Shift+Digit1'));
    // The plan is 193,000 px wide: the fit ends at the canvas's minimum zoom (3%), about 250 cards in view.
    expect(fit.minZoom).toBeGreaterThanOrEqual(0.03 - 1e-9);
    expect(fit.maxCards).toBeLessThan(400);
    const last = plan.nodes[plan.nodes.length - 1];
    const go = await watchWhile(page, async () => {
      await page.keyboard.press('Control+f');
      await page.keyboard.type(last?.name ?? '');
      await page.keyboard.press('Enter');
    });
    expect(go.maxCards).toBeLessThan(400);
    await context.close();
  });
});
