/**
 * PNG export of a 500-person plan at 1× and 2×, through the UI: the export
 * shortcut opens the dialog, the scale radio is picked, "Export" is clicked,
 * and the time runs until the browser receives the download. While the
 * renderer has no export wired up (no dialog appears), this prints "not
 * available yet"; the rest of the bench does not depend on it.
 */
import type { Browser, Page } from 'playwright-core';
import { serializePlan } from '@shared/format/serialize';
import { layoutPlan } from '@shared/layout/tree-layout';
import { generatePlan } from '../generate-plan';
import { median } from '../measure';
import { openAndWaitPainted } from './page-probes';

const EXPORT_RUNS = 3;
const EXPORT_SHORTCUT = 'Control+Shift+KeyE';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function openDialog(page: Page): Promise<boolean> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(EXPORT_SHORTCUT);
  try {
    await page.locator('[data-testid="export-go"]').waitFor({ timeout: 3000 });
    return true;
  } catch {
    return false;
  }
}

async function exportOnce(
  page: Page,
  scale: 1 | 2,
): Promise<{ ms: number; width: number; height: number; note: string }> {
  if (!(await openDialog(page))) throw new Error('unavailable');
  await page.locator('input[name="format"]').first().check();
  await page
    .locator('input[name="scale"]')
    .nth(scale - 1)
    .check();
  const note = (await page.locator('[data-testid="export-size"]').textContent()) ?? '';
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    // A plain DOM click: Playwright's click() waits for the navigation that the download link starts.
    page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-testid="export-go"]')?.click();
    }),
  ]);
  const path = await download.path();
  const ms = Date.now() - started;
  const { readFile } = await import('node:fs/promises');
  const size = pngSize(await readFile(path));
  await page
    .locator('[data-testid="export-go"]')
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  return { ms, ...size, note };
}

export async function measureExport(browser: Browser, appUrl: string): Promise<string> {
  const plan = layoutPlan(generatePlan(500));
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.waitForFunction(() => '__orgPlannerTest' in window);
    await page.evaluate(openAndWaitPainted, {
      ids: plan.nodes.map((n) => n.id),
      target: 'app-load',
      payload: serializePlan(plan),
      stableFrames: 6,
    });
    if (!(await openDialog(page))) return 'PNG export: not available yet (no export dialog opens on Ctrl+Shift+E).';
    await page.keyboard.press('Escape');
    const lines = [
      `PNG export of a ${plan.nodes.length}-node synthetic plan (${EXPORT_RUNS} runs; from clicking Export to the download):\n`,
      '| scale | median ms | image px | scaled down | dialog says |',
      '|---|---:|---|---|---|',
    ];
    for (const scale of [1, 2] as const) {
      const runs = [];
      for (let i = 0; i < EXPORT_RUNS; i++) runs.push(await exportOnce(page, scale));
      const last = runs[runs.length - 1];
      if (last === undefined) continue;
      lines.push(
        `| ${scale}× | ${median(runs.map((r) => r.ms)).toFixed(0)} | ${last.width} × ${last.height} | ${last.note.includes(' at ') ? 'yes' : 'no'} | ${last.note} |`,
      );
    }
    return lines.join('\n');
  } catch (error) {
    return `PNG export: failed (${String(error)}).`;
  } finally {
    await context.close();
  }
}
