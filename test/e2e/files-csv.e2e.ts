/** CSV import: the 1,516-person HR export becomes a new plan laid out top-down, and exports at a scale that fits. */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, getPlan, isDirty, openApp, RESULTS_DIR, screenshot } from './helpers';
import { serializePlan } from '../../src/shared/format/serialize';
import { PLAN_KEYWORD, readTextChunk } from '../../src/shared/png/chunks';
import { chooseFile, countInk, decodePng, downloadOf, fileMenu } from './files-helpers';

const CSV = resolve(import.meta.dirname, '../fixtures/org-1516.csv');

describe.runIf(existsSync(CSV))('importing people from a CSV file', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the mapping, a preview and the counts, then imports 1,516 people as a new plan', async () => {
    const { page, context } = await openApp(browser);
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), CSV);
    const dialog = page.getByRole('dialog', { name: 'Import people from a CSV file' });
    await dialog.waitFor();
    expect(await page.getByTestId('csv-counts').textContent()).toMatch(/^1,516 people, 1,515 reporting lines/);
    await expect
      .poll(() => page.getByTestId('csv-map-id').locator('option').first().textContent())
      .toBe('Automatic: id');
    expect(await page.getByTestId('csv-map-manager').locator('option').first().textContent()).toBe(
      'Automatic: parentId',
    );
    expect(await dialog.locator('tbody tr').count()).toBe(6);
    await screenshot(page, 'files-csv-dialog.png');

    // Choosing another column changes the preview's counts (office is not an id: duplicates).
    await page.getByTestId('csv-map-id').selectOption('office');
    expect(await page.getByTestId('csv-counts').textContent()).not.toMatch(/^1,516 people/);
    await page.getByTestId('csv-map-id').selectOption('');

    await page.getByTestId('csv-import-go').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await getPlan(page)).nodes.length, { timeout: 20_000 }).toBe(1516);
    const plan = await getPlan(page);
    expect(plan.name).toBe('org-1516');
    expect(plan.edges).toHaveLength(1515);
    // Laid out top-down: the root sits above everyone who reports to it.
    const root = plan.nodes.find((node) => node.id === 'O-6066');
    const report = plan.nodes.find((node) => node.id === 'O-6067');
    expect(root?.position?.y).toBeLessThan(report?.position?.y ?? -Infinity);
    expect(await isDirty(page)).toBe(true);
    // Drawn: as cards, or (once fitted, 1,516 people) as the whole-org overview's canvas.
    await expect.poll(() => page.locator('.react-flow__node, canvas.op-overview').count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await screenshot(page, 'files-csv-imported.png');

    // The whole org at 2× would pass the canvas limit: the dialog says so and uses a lower scale.
    await fileMenu(page, /Export PNG image/);
    await page.getByRole('dialog', { name: 'Export the plan as an image' }).getByLabel('2×').check();
    const size = (await page.getByTestId('export-size').textContent()) ?? '';
    expect(size).toMatch(/over the 16,384 px limit/);
    await screenshot(page, 'files-export-reduced.png');
    await context.close();
  });

  it('exports the 1,516-person plan, simplified, within the canvas limit, carrying the plan', async () => {
    const { page, context } = await openApp(browser);
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), CSV);
    await page.getByTestId('csv-import-go').click();
    await expect.poll(async () => (await getPlan(page)).nodes.length, { timeout: 20_000 }).toBe(1516);
    const plan = await getPlan(page);
    await fileMenu(page, /Export PNG image/);
    await page.getByRole('dialog', { name: 'Export the plan as an image' }).getByLabel('2×').check();
    const size = (await page.getByTestId('export-size').textContent()) ?? '';
    const started = Date.now();
    const exported = await downloadOf(page, () => page.getByTestId('export-go').click(), 60_000);
    console.log(`1,516-person PNG export: ${Date.now() - started} ms`);
    writeFileSync(resolve(RESULTS_DIR, 'files-export-1516.png'), exported.bytes);
    const png = decodePng(exported.bytes);
    expect(Math.max(png.width, png.height)).toBeLessThanOrEqual(16_384);
    expect(size.startsWith(`${png.width.toLocaleString('en-US')} × ${png.height.toLocaleString('en-US')} px`)).toBe(
      true,
    );
    // Cards and lines are drawn (the org is very wide, so the picture is small and thin lines blend).
    expect(countInk(png)).toBeGreaterThan(png.width * png.height * 0.01);
    expect(readTextChunk(new Uint8Array(exported.bytes), PLAN_KEYWORD)).toBe(serializePlan(plan));
    await context.close();
  }, 120_000);
});
