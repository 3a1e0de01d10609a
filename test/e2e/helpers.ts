/** Shared steps of the end-to-end tests: open the app, read the plan through the test hook, drag like a user. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Plan, PlanNode } from '../../src/shared/model/types';

export const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results');

export interface App {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
}

export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

/** A fresh browser context (empty localStorage) on the app, the example plan on screen. */
export async function openApp(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {},
): Promise<App> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(inject('appUrl'));
  await page.locator('.react-flow__node').first().waitFor();
  // The shortcuts attach in an effect, which React runs after the first paint: two frames later they are there.
  // (Pressing a key before that was lost: the dialogs test timed out once on a loaded machine.)
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
  return { browser, context, page };
}

/** The web build's read-only test hook (src/renderer/src/app/test-hook.ts), as seen from the page. */
interface TestHook {
  getPlan(): Plan;
  getSelection(): { nodes: string[]; edges: string[] };
  isDirty(): boolean;
}

/** Functions passed to page.evaluate run in the page: they cannot call helpers from here, hence the casts inline. */
export async function getPlan(page: Page): Promise<Plan> {
  return page.evaluate(() => (globalThis as unknown as { __orgPlannerTest: TestHook }).__orgPlannerTest.getPlan());
}

export async function getSelection(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => (globalThis as unknown as { __orgPlannerTest: TestHook }).__orgPlannerTest.getSelection());
}

export async function isDirty(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as { __orgPlannerTest: TestHook }).__orgPlannerTest.isDirty());
}

export async function theme(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('data-theme');
}

export function nodeById(plan: Plan, id: string): PlanNode {
  const node = plan.nodes.find((n) => n.id === id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node;
}

/** New… → Blank plan. */
export async function startBlank(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New…' }).click();
  await page.getByTestId('start-blank').click();
  await page.getByText('This plan is empty').waitFor();
}

/** A blank plan with one PM, PO, team and external stakeholder (ids pm-1, po-1, team-1, stakeholder-1), nothing selected. */
export async function placeFour(page: Page): Promise<void> {
  await startBlank(page);
  for (const id of ['addPm', 'addPo', 'addTeam', 'addExternal']) {
    await page.getByTestId(`palette-${id}`).click();
    // Escape ends the rename, Escape again deselects: a card placed while another is selected would join it.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Escape');
}

export function card(page: Page, id: string) {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses the mouse at `from`, moves to `to` in steps, and (unless `hold`) releases it. */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  options: { steps?: number; hold?: boolean } = {},
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 6, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: options.steps ?? 12 });
  if (options.hold !== true) await page.mouse.up();
}

/** Drags from a card's handle (t, b, l, r) to the middle of another card. */
export async function connectCards(
  page: Page,
  fromId: string,
  handle: 't' | 'b' | 'l' | 'r',
  toId: string,
  options: { hold?: boolean } = {},
): Promise<void> {
  await card(page, fromId).hover();
  const from = await centreOf(page, `.react-flow__node[data-id="${fromId}"] [data-handleid="${handle}"]`);
  const to = await centreOf(page, `.react-flow__node[data-id="${toId}"]`);
  await drag(page, from, to, options);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = resolve(RESULTS_DIR, name);
  await page.screenshot({ path });
  return path;
}

/**
 * With UPDATE_README_IMAGES=1, also writes the screenshot to docs/images/`name` (the README's pictures), so they
 * show the app as it is; otherwise does nothing (a test run never changes the work tree).
 */
export async function readmeImage(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_README_IMAGES !== '1') return;
  await page.screenshot({ path: resolve(import.meta.dirname, '../../docs/images', name) });
}
