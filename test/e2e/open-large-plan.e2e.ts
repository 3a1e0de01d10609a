/**
 * Opening a large plan in the browser build: the reading and checking run in a worker (the window
 * stayed frozen for the whole parse before), a progress line with Cancel shows while it runs, and
 * Cancel leaves the open plan as it was. Small files still open at once, without a worker.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../src/shared/format/serialize';
import { generatePlan } from '../../bench/generate-plan';
import { connectBrowser, getPlan, openApp } from './helpers';
import { chooseFile, fileMenu } from './files-helpers';

const planFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** Counts the dedicated workers the page starts from now on. */
function countWorkers(page: Page): () => number {
  let started = 0;
  page.on('worker', () => {
    started += 1;
  });
  return () => started;
}

describe('opening a large plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens a small plan without a worker, and a 2 MB plan in one, with the same result', async () => {
    const { page, context } = await openApp(browser);
    const workers = countWorkers(page);
    const small = generatePlan(200, 7);
    await chooseFile(page, () => fileMenu(page, 'Open…'), planFile('small.orgplan.json', serializePlan(small)));
    await expect.poll(async () => (await getPlan(page)).nodes.length).toBe(small.nodes.length);
    expect(workers()).toBe(0);

    const large = { ...generatePlan(10_000, 8), name: 'Large' };
    const text = serializePlan(large);
    expect(text.length).toBeGreaterThan(2_000_000);
    await chooseFile(page, () => fileMenu(page, 'Open…'), planFile('large.orgplan.json', text));
    await expect.poll(async () => (await getPlan(page)).name, { timeout: 30_000 }).toBe('Large');
    expect(workers()).toBe(1);
    expect(serializePlan(await getPlan(page))).toBe(text);
    await context.close();
  });

  it('shows progress while a 30 MB plan is read, and Cancel keeps the open plan (the window answers meanwhile)', async () => {
    const { page, context } = await openApp(browser);
    const before = await getPlan(page);
    const text = serializePlan({ ...generatePlan(150_000, 9), name: 'Huge' });
    expect(text.length).toBeGreaterThan(25_000_000);
    await chooseFile(page, () => fileMenu(page, 'Open…'), planFile('huge.orgplan.json', text));
    const progress = page.getByTestId('opening-progress');
    await progress.waitFor({ timeout: 30_000 });
    expect(await progress.textContent()).toContain('Opening “huge.orgplan.json”…');
    // The window paints and takes clicks while the worker parses: Cancel is an ordinary click.
    await page.getByTestId('opening-cancel').click();
    await progress.waitFor({ state: 'hidden' });
    expect(await getPlan(page)).toEqual(before);
    expect(await page.locator('.op-toast--error').count()).toBe(0);
    await context.close();
  });
});
