/** Export: a PNG of the whole plan at 1× and 2× that opens again as the plan, an SVG, and a JSON copy. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../src/shared/format/serialize';
import { PLAN_KEYWORD, readTextChunk } from '../../src/shared/png/chunks';
import { connectBrowser, getPlan, isDirty, openApp, RESULTS_DIR, screenshot } from './helpers';
import { chooseFile, countColour, countInk, decodePng, downloadOf, fileMenu } from './files-helpers';

/** --edge-reports in the light theme. */
const EDGE_GREY = [0x4b, 0x55, 0x67] as const;

function sizeFrom(text: string): { width: number; height: number } {
  const match = /([\d,]+) × ([\d,]+) px/.exec(text);
  if (match === null) throw new Error(`no size in "${text}"`);
  return { width: Number(match[1]?.replaceAll(',', '')), height: Number(match[2]?.replaceAll(',', '')) };
}

describe('exporting the plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('exports the whole plan as a PNG at 1× and 2× that opens again as the same plan', async () => {
    const { page, context } = await openApp(browser);
    const plan = await getPlan(page);
    // Zoom in so the view shows only part of the plan: the image must still hold all of it.
    for (let i = 0; i < 4; i++) await page.keyboard.press('=');
    await fileMenu(page, /Export PNG image/);
    const dialog = page.getByRole('dialog', { name: 'Export the plan as an image' });
    await dialog.waitFor();
    await screenshot(page, 'files-export-dialog.png');
    const one = sizeFrom((await page.getByTestId('export-size').textContent()) ?? '');
    const first = await downloadOf(page, () => page.getByTestId('export-go').click());
    expect(first.download.suggestedFilename()).toMatch(/\.png$/);
    writeFileSync(resolve(RESULTS_DIR, 'files-export-1x.png'), first.bytes);
    const png = decodePng(first.bytes);
    expect({ width: png.width, height: png.height }).toEqual(one);
    expect(countInk(png)).toBeGreaterThan(png.width * png.height * 0.05);
    // Reporting lines drawn in their stroke colour, not only the cards.
    expect(countColour(png, EDGE_GREY)).toBeGreaterThan(300);
    expect(readTextChunk(new Uint8Array(first.bytes), PLAN_KEYWORD)).toBe(serializePlan(plan));

    await page.keyboard.press('Control+Shift+E');
    await dialog.waitFor();
    await dialog.getByLabel('2×').check();
    const two = sizeFrom((await page.getByTestId('export-size').textContent()) ?? '');
    expect(two).toEqual({ width: one.width * 2, height: one.height * 2 });
    const second = await downloadOf(page, () => page.getByTestId('export-go').click());
    const png2 = decodePng(second.bytes);
    expect({ width: png2.width, height: png2.height }).toEqual(two);
    writeFileSync(resolve(RESULTS_DIR, 'files-export-2x.png'), second.bytes);

    // The scale is remembered in the settings, across a reload.
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await fileMenu(page, /Export PNG image/);
    expect(await dialog.getByLabel('2×').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Open the exported image: after a blank plan, the example comes back from the PNG.
    await page.getByRole('button', { name: 'New…' }).click();
    await page.getByTestId('start-blank').click();
    await page.getByText('This plan is empty').waitFor();
    await chooseFile(page, () => fileMenu(page, 'Open…'), {
      name: 'plan.png',
      mimeType: 'image/png',
      buffer: first.bytes,
    });
    await expect.poll(async () => serializePlan(await getPlan(page))).toBe(serializePlan(plan));
    expect(await isDirty(page)).toBe(false);
    await context.close();
  });

  it('exports an SVG holding the names, and a JSON copy equal to the plan without touching the dirty state', async () => {
    const { page, context } = await openApp(browser);
    await fileMenu(page, /Export SVG image/);
    const svg = await downloadOf(page, () => page.getByTestId('export-go').click());
    expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml [^>]*>\s*<svg /);
    expect(text).toContain('Priya Raman');
    expect(text).toContain('Maria Fernandes');

    await page.keyboard.press('p'); // an edit, so the plan is dirty
    await expect.poll(() => isDirty(page)).toBe(true);
    const json = await downloadOf(page, () => fileMenu(page, /Export a JSON copy/));
    expect(json.bytes.toString('utf8')).toBe(serializePlan(await getPlan(page)));
    expect(await isDirty(page)).toBe(true);
    await context.close();
  });
});
