/** CSV import presets: a BambooHR export is recognised by its headers and imports; d3-org-chart's JSON imports too. */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, getPlan, openApp, screenshot } from './helpers';
import { chooseFile, fileMenu } from './files-helpers';

const sample = (name: string): string => resolve(import.meta.dirname, `../fixtures/hris/${name}`);

describe('CSV import presets', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('recognises a BambooHR export, fills its columns and imports its reporting lines', async () => {
    const { page, context } = await openApp(browser);
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), sample('bamboohr.csv'));
    const dialog = page.getByRole('dialog', { name: 'Import people from a CSV file' });
    await dialog.waitFor();
    const preset = dialog.getByTestId('csv-preset');
    await expect.poll(() => preset.inputValue()).toBe('bamboohr');
    expect(await preset.locator('option:checked').textContent()).toContain('matches this file');
    expect(await dialog.getByTestId('csv-map-id').inputValue()).toBe('Employee #');
    expect(await dialog.getByTestId('csv-map-manager').inputValue()).toBe('Reports To');
    await expect.poll(() => dialog.getByTestId('csv-counts').textContent()).toMatch(/^5 people, 4 reporting lines/);
    await screenshot(page, 'csv-preset-bamboohr.png');
    // None: "Employee #" is no id column the importer finds by name.
    await preset.selectOption('');
    await dialog.getByRole('alert').waitFor();
    await preset.selectOption('bamboohr');
    await expect.poll(() => dialog.getByTestId('csv-counts').textContent()).toMatch(/^5 people/);
    await dialog.getByTestId('csv-import-go').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await getPlan(page)).nodes.map((n) => n.name)).toContain('Dana Ortiz');
    expect((await getPlan(page)).edges.filter((e) => e.kind === 'reports-to')).toHaveLength(4);
    await context.close();
  });

  it('imports d3-org-chart JSON through the same dialog', async () => {
    const { page, context } = await openApp(browser);
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), sample('d3-org-chart.json'));
    const dialog = page.getByRole('dialog', { name: 'Import people from a CSV file' });
    await expect.poll(() => dialog.getByTestId('csv-preset').inputValue()).toBe('d3-org-chart');
    await expect.poll(() => dialog.getByTestId('csv-counts').textContent()).toMatch(/^4 people, 3 reporting lines/);
    await dialog.getByTestId('csv-import-go').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(async () => (await getPlan(page)).nodes.map((n) => n.id).sort())
      .toEqual(['O-1', 'O-2', 'O-3', 'O-4']);
    await context.close();
  });
});
