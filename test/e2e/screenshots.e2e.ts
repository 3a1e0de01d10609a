/** Screenshots of the example plan, light and dark, for a person to look at (test-results/, git-ignored). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, openApp, readmeImage, screenshot, theme } from './helpers';

describe('the example plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens on the article example, every card visible, in the light theme', async () => {
    const { page, context } = await openApp(browser, { colorScheme: 'light' });
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(19);
    expect(await page.locator('.react-flow__edge').count()).toBe(22);
    expect(await theme(page)).toBe('light');
    await page.waitForTimeout(300);
    await screenshot(page, 'example-light.png');
    // The README's picture: the window as it opens (the whole plan fitted, at the zoom it opens at), one PM
    // clicked so the inspector shows her.
    const openedZoom = await page.locator('.op-zoom-level').textContent();
    await page.locator('.react-flow__node[data-id="pm-payments"]').click();
    await page.waitForTimeout(300);
    expect(await page.locator('.op-zoom-level').textContent()).toBe(openedZoom);
    await readmeImage(page, 'editor.png');
    await page.keyboard.press('Escape');
    // And at a reading zoom, centred on a PM, with her chain highlighted.
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Priya');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await screenshot(page, 'example-light-detail.png');
    await context.close();
  });

  it('follows a dark OS theme', async () => {
    const { page, context } = await openApp(browser, { colorScheme: 'dark' });
    expect(await theme(page)).toBe('dark');
    await page.waitForTimeout(300);
    await screenshot(page, 'example-dark.png');
    await context.close();
  });
});
