/**
 * Semantic zoom: zoomed far out, the cards are plain coloured boxes, the lines plain strokes and there is no dot
 * grid; zooming in brings them back.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, openApp, screenshot } from './helpers';

async function zoom(page: Page): Promise<number> {
  return Number.parseInt((await page.locator('.op-zoom-level').textContent()) ?? '', 10) / 100;
}

/** The computed arrowhead of the first reporting line. */
async function arrowhead(page: Page): Promise<string> {
  return page.evaluate(
    "getComputedStyle(document.querySelector('.react-flow__edge.op-edge--reports-to .react-flow__edge-path')).markerEnd",
  );
}

async function press(page: Page, name: 'Zoom in' | 'Zoom out'): Promise<void> {
  await page.locator(`.op-view-controls button[title^="${name}"]`).click();
  await page.waitForTimeout(400);
}

describe('the zoomed-out overview', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('hides the cards’ text below a quarter zoom and shows it again when zooming in', async () => {
    const { page, context } = await openApp(browser);
    const flow = page.locator('.react-flow.op-flow');
    const name = page.locator('.op-card__name').first();
    // The example opens fitted (about 30%) and readable.
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.25);
    expect(await flow.getAttribute('class')).not.toContain('is-overview');
    expect(await name.isVisible()).toBe(true);
    const overview = async (): Promise<boolean> => ((await flow.getAttribute('class')) ?? '').includes('is-overview');
    for (let i = 0; i < 8 && !(await overview()); i++) await press(page, 'Zoom out');
    expect(await overview()).toBe(true);
    expect(await zoom(page)).toBeLessThanOrEqual(0.25);
    expect(await name.isVisible()).toBe(false);
    expect(await page.locator('.op-card').first().isVisible()).toBe(true);
    // No dot grid either: at this zoom its dots would be a pixel apart, repainted on every frame of a pan.
    expect(await page.locator('.react-flow__background').count()).toBe(0);
    // Lines are plain strokes: no arrowheads (a pixel wide at this zoom), cheaper to paint on every frame.
    expect(await arrowhead(page)).toBe('none');
    await screenshot(page, 'example-overview.png');
    for (let i = 0; i < 8 && (await overview()); i++) await press(page, 'Zoom in');
    expect(await overview()).toBe(false);
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.25);
    expect(await name.isVisible()).toBe(true);
    expect(await page.locator('.react-flow__background').count()).toBe(1);
    expect(await arrowhead(page)).toContain('op-arrow');
    await context.close();
  });
});
