/**
 * Opening a large plan in the browser build: the reading and checking run in a worker (the window
 * stayed frozen for the whole parse before), a progress line with Cancel shows while it runs, and
 * Cancel leaves the open plan as it was. Small files still open at once, without a worker.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/shared/model/types';
import { serializePlan } from '../../src/shared/format/serialize';
import { generatePlan } from '../../bench/generate-plan';
import { WORKER_THRESHOLD } from '../../src/renderer/src/platform/plan-open-job';
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

  it('opens a small plan without a worker, and a 1 MB plan in one, with the same result', async () => {
    const { page, context } = await openApp(browser);
    const workers = countWorkers(page);
    const small = generatePlan(200, 7);
    await chooseFile(page, () => fileMenu(page, 'Open…'), planFile('small.orgplan.json', serializePlan(small)));
    await expect
      .poll(async () => [(await getPlan(page)).nodes.length, await page.locator('.op-toast').allTextContents()], {
        timeout: 20_000,
      })
      .toEqual([small.nodes.length, []]);
    expect(workers()).toBe(0);

    const large = { ...generatePlan(5_000, 8), name: 'Large' };
    const text = serializePlan(large);
    expect(text.length).toBeGreaterThan(WORKER_THRESHOLD);
    await chooseFile(page, () => fileMenu(page, 'Open…'), planFile('large.orgplan.json', text));
    await expect.poll(async () => (await getPlan(page)).name, { timeout: 30_000 }).toBe('Large');
    expect(workers()).toBe(1);
    const opened = await getPlan(page);
    // The editor keeps its own node order (by position), so compare as sets of id and name.
    const people = (plan: Plan) => plan.nodes.map((node) => `${node.id} ${node.name}`).sort();
    expect(people(opened)).toEqual(people(large));
    expect(opened.edges.length).toBe(large.edges.length);
    await context.close();
  });

  it('shows progress while a 20 MB plan is read, and Cancel keeps the open plan (the window answers meanwhile)', async () => {
    const { page, context } = await openApp(browser);
    const before = await getPlan(page);
    // Built in the page and dropped on the window: sending 20 MB through the file chooser is slow under load.
    const transfer = await page.evaluateHandle((people) => {
      const scope = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: string[], name: string, options: { type: string }) => unknown;
      };
      const nodes: string[] = [];
      const edges: string[] = [];
      for (let i = 0; i < people; i++) {
        nodes.push(`{"id":"n${i}","kind":"person","name":"Person ${i}","title":"Engineer","level":3}`);
        if (i > 0)
          edges.push(`{"id":"e${i}","kind":"reports-to","source":"n${i}","target":"n${Math.floor((i - 1) / 8)}"}`);
      }
      const text = `{"format":"org-planner","version":1,"name":"Huge","nodes":[${nodes.join(',')}],"edges":[${edges.join(',')}]}`;
      const data = new scope.DataTransfer();
      data.items.add(new scope.File([text], 'huge.orgplan.json', { type: 'application/json' }));
      return data;
    }, 150_000);
    await page.dispatchEvent('.op-canvas', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.op-canvas', 'drop', { dataTransfer: transfer });
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
