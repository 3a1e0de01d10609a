/** The window around the canvas: theme switch and its persistence, dialogs, tooltips, keyboard focus. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, openApp, screenshot, theme } from './helpers';

describe('the window', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('switches to the dark theme and keeps the choice after a reload', async () => {
    const { page, context } = await openApp(browser, { colorScheme: 'light' });
    expect(await theme(page)).toBe('light');
    await page.getByTestId('theme-dark').click();
    expect(await theme(page)).toBe('dark');
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    expect(await theme(page)).toBe('dark');
    expect(await page.getByTestId('theme-dark').getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(300);
    await screenshot(page, 'example-dark-switched.png');
    // Shift+T cycles system → light → dark → system.
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Shift+T');
    expect(await page.getByTestId('theme-system').getAttribute('aria-pressed')).toBe('true');
    expect(await theme(page)).toBe('light');
    await context.close();
  });

  it('opens and closes the dialogs from the keyboard', async () => {
    const { page, context } = await openApp(browser);
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Shift+N');
    await page.getByRole('dialog', { name: 'Start a new plan' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.waitFor();
    expect(await shortcuts.textContent()).toContain('Auto layout');
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('names every toolbar, palette and view button’s shortcut in its tooltip', async () => {
    const { page, context } = await openApp(browser);
    const buttons = await page
      .locator('.op-header button[title], .op-palette button[title], .op-view-controls button[title]')
      .all();
    const titles = await Promise.all(buttons.map(async (button) => (await button.getAttribute('title')) ?? ''));
    expect(titles.length).toBeGreaterThan(15);
    for (const title of titles) expect(title).toMatch(/\((Ctrl\+|Shift\+|[A-Z0-9?+=-]|Del|F\d)/);
    await context.close();
  });

  it('never traps the keyboard in the canvas: F6 moves between panels, Tab leaves the canvas', async () => {
    const { page, context } = await openApp(browser);
    const region = () =>
      page.evaluate<string | null>(
        "document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? null",
      );
    await page.locator('.op-canvas').focus();
    expect(await region()).toBe('canvas');
    await page.keyboard.press('F6');
    expect(await region()).toBe('inspector');
    await page.keyboard.press('F6');
    expect(await region()).toBe('toolbar');
    await page.keyboard.press('F6');
    expect(await region()).toBe('palette');
    await page.keyboard.press('F6');
    expect(await region()).toBe('canvas');
    // Shift+Tab from the canvas lands back in the palette.
    await page.keyboard.press('Shift+Tab');
    expect(await region()).toBe('palette');
    await context.close();
  });
});
