/**
 * The CSV import dialog on files as spreadsheets write them (Windows-1252, semicolons),
 * and on a generated multi-megabyte export: the work runs in a worker with a progress bar,
 * and Cancel stops it without touching the open plan.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, getPlan, openApp } from './helpers';
import { chooseFile, fileMenu } from './files-helpers';

/** An org of `people` short rows (many rows per megabyte: rows, not bytes, make the work). */
function bigCsv(people: number): Buffer {
  const lines = ['id,name,manager id'];
  for (let i = 0; i < people; i++) lines.push(`${i},n${i},${i === 0 ? '' : Math.floor((i - 1) / 8)}`);
  return Buffer.from(lines.join('\n'), 'utf8');
}

const csvFile = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/csv', buffer });

describe('the CSV import dialog', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('imports a Windows-1252, semicolon-separated export as "Dana Lée" and says how it read it', async () => {
    const { page, context } = await openApp(browser);
    const bytes = Buffer.from('id;name;manager id\r\n1;Dana L\xe9e;\r\n2;Zo\xeb;1\r\n', 'latin1');
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), csvFile('excel.csv', bytes));
    expect(await page.getByTestId('csv-counts').textContent()).toMatch(
      /^2 people, 1 reporting line, 0 rows skipped, 0 CSV notes/,
    );
    expect(await page.getByTestId('csv-read-as').textContent()).toContain(
      'read as Windows-1252 (not valid UTF-8), semicolon-separated',
    );
    await page.getByTestId('csv-import-go').click();
    await expect.poll(async () => (await getPlan(page)).nodes.map((node) => node.name)).toEqual(['Dana Lée', 'Zoë']);
    await context.close();
  });

  it('words a refusal for the dialog (no command-line flags) and lets the separator be chosen', async () => {
    const { page, context } = await openApp(browser);
    await chooseFile(
      page,
      () => fileMenu(page, /Import people from CSV/),
      csvFile('tabs.csv', Buffer.from('id\tname\n1\tAda\n')),
    );
    expect(await page.getByTestId('csv-counts').textContent()).toMatch(/^1 person/);
    await page.getByTestId('csv-delimiter').selectOption('semicolon');
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('no id column');
    expect(await alert.textContent()).toContain('choose the column under Person id');
    expect(await alert.textContent()).not.toMatch(/--\w/);
    await context.close();
  });

  it('shows progress for a multi-megabyte export, and Cancel stops the import and leaves the open plan as it was', async () => {
    const { page, context } = await openApp(browser);
    const before = await getPlan(page);
    // Over MAX_CSV_BYTES: refused as the file is picked, naming it, before any decoding.
    const huge = bigCsv(700_000);
    expect(huge.length).toBeGreaterThan(10 * 1024 * 1024);
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), csvFile('huge.csv', huge));
    await page.getByText(/“huge\.csv” cannot be imported: the file is 1\d\.\d MiB; CSV files over 10\.0 MiB/).waitFor();
    const big = bigCsv(500_000);
    expect(big.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(big.length).toBeLessThan(10 * 1024 * 1024);
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), csvFile('big.csv', big));
    // The preview of the whole file takes long enough to show its progress; the page stays responsive meanwhile.
    await page.getByTestId('csv-progress').waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(await page.getByTestId('csv-counts').textContent({ timeout: 60_000 })).toMatch(/^500,000 people/);
    await page.getByTestId('csv-import-go').click();
    await page.getByTestId('csv-progress').waitFor({ timeout: 10_000 });
    await page.getByTestId('csv-cancel').click();
    await page.getByRole('dialog', { name: 'Import people from a CSV file' }).waitFor({ state: 'detached' });
    // Had the work gone on, the plan would be replaced within seconds: it stays the one that was open.
    await page.waitForTimeout(3000);
    const after = await getPlan(page);
    expect(after.name).toBe(before.name);
    expect(after.nodes.length).toBe(before.nodes.length);
    await context.close();
  }, 120_000);
});
