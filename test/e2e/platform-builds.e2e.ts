/**
 * The platform is chosen when the renderer is built. The desktop build
 * (out/renderer) with no preload bridge, or half of one, shows a clear error
 * screen and never touches browser storage; the web build (out/web, served as
 * `npm run web` serves it) runs the editor on localStorage.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectBrowser, openApp, screenshot, theme } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The desktop build in a fresh context; `bridgeMethods` are put on `window.orgPlanner` before the page runs. */
async function openDesktopBuild(bridgeMethods: readonly string[] | null): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, colorScheme: 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  if (bridgeMethods !== null) {
    await page.addInitScript((names: readonly string[]) => {
      const bridge: Record<string, () => Promise<never>> = {};
      for (const name of names) bridge[name] = () => Promise.reject(new Error('not in this test'));
      (globalThis as unknown as { orgPlanner: unknown }).orgPlanner = bridge;
    }, bridgeMethods);
  }
  await page.goto(inject('desktopUrl'));
  await page.getByTestId('platform-problem').waitFor();
  return { page, errors };
}

async function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage));
}

describe('one platform per build', () => {
  it('shows an error screen, not the editor, when the desktop build has no bridge', async () => {
    const { page, errors } = await openDesktopBuild(null);
    const screen = page.getByTestId('platform-problem');
    await expect(screen.getByRole('heading').textContent()).resolves.toBe('Org Planner cannot start');
    expect(await screen.textContent()).toContain('without its preload bridge (window.orgPlanner is missing)');
    const missing = await screen.locator('li code').allTextContents();
    expect(missing).toContain('loadSettings');
    expect(missing).toContain('onCommand');
    expect(await page.locator('.react-flow').count()).toBe(0);
    expect(await storedKeys(page)).toEqual([]);
    expect(errors.join('\n')).toMatch(/Org Planner: The desktop app started without its preload bridge/);
    await screenshot(page, 'platform-problem.png');
    await page.context().close();
  });

  // Before: the desktop renderer fell back to localStorage when the preload offered only some methods.
  it('names the missing methods of an incomplete bridge and does not fall back to browser storage', async () => {
    const { page } = await openDesktopBuild(['loadSettings', 'saveSettings', 'newPlan', 'onCommand']);
    const screen = page.getByTestId('platform-problem');
    expect(await screen.textContent()).toMatch(/preload bridge is incomplete: \d+ of its methods are missing/);
    const missing = await screen.locator('li code').allTextContents();
    expect(missing).toContain('savePlan');
    expect(missing).toContain('exportImage');
    expect(missing).not.toContain('loadSettings');
    expect(await page.locator('.react-flow').count()).toBe(0);
    expect(await storedKeys(page)).toEqual([]);
    await page.context().close();
  });

  it('runs the web build on localStorage: a setting is stored there and survives a reload', async () => {
    const { page, context } = await openApp(browser);
    expect(await page.getByTestId('platform-problem').count()).toBe(0);
    await page.getByTestId('theme-dark').click();
    const stored = await page.evaluate(() => localStorage.getItem('org-planner.settings'));
    expect(JSON.parse(stored ?? 'null')).toMatchObject({ theme: 'dark' });
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    expect(await theme(page)).toBe('dark');
    await context.close();
  });
});
