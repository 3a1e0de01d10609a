/**
 * Accessibility as axe-core sees it: no serious or critical finding in either
 * theme, with the inspector showing a person, the problems panel open, then
 * a dialog open over it, then the side panels folded; and one level-one
 * heading naming the window.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSource, seriousViolations, type AxeFinding } from './axe';
import { connectBrowser, openApp, RESULTS_DIR, screenshot } from './helpers';

const source = axeSource();

/** The findings, one line per element, so a failure says what to fix. */
function describeFindings(findings: readonly AxeFinding[]): string[] {
  return findings.flatMap((f) => f.nodes.map((n) => `${f.impact} ${f.id}: ${n.target} — ${n.summary}`));
}

/** Finds a person with the keyboard (so the inspector shows her) and opens the problems panel with its shortcut. */
async function openInspectorAndProblems(page: Page): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Priya');
  await page.keyboard.press('Enter');
  await page.locator('.op-inspector input').first().waitFor();
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.op-problems [data-testid="problem-row"]').first().waitFor();
  // Let the view animation and fades settle: axe reads colours as painted.
  await page.waitForTimeout(500);
}

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds nothing serious in the ${colorScheme} theme with the inspector, the problems panel and a dialog open`, async () => {
      const { page, context } = await openApp(browser, { colorScheme });
      const report: Record<string, string[]> = {};
      // The whole example fitted to the window: every kind of card and badge is on screen.
      await page.waitForTimeout(300);
      report.opened = describeFindings(await seriousViolations(page, source));
      await openInspectorAndProblems(page);
      report.editor = describeFindings(await seriousViolations(page, source));
      await screenshot(page, `a11y-${colorScheme}-panels.png`);

      await page.locator('.op-canvas').focus();
      await page.keyboard.press('Shift+N');
      await page.getByRole('dialog', { name: 'Start a new plan' }).waitFor();
      await page.waitForTimeout(300);
      report.dialog = describeFindings(await seriousViolations(page, source));
      // And with both side panels folded to their rails.
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await page.locator('.op-canvas').focus();
      await page.keyboard.press('Control+b');
      await page.keyboard.press('Control+Alt+b');
      await page.getByTestId('rail-inspector').waitFor();
      report.folded = describeFindings(await seriousViolations(page, source));
      writeFileSync(resolve(RESULTS_DIR, `a11y-${colorScheme}.json`), JSON.stringify(report, null, 2));

      expect(report.opened).toEqual([]);
      expect(report.editor).toEqual([]);
      expect(report.dialog).toEqual([]);
      expect(report.folded).toEqual([]);
      await context.close();
    });
  }

  it('names the window with one level-one heading', async () => {
    const { page, context } = await openApp(browser);
    const headings = await page.locator('h1').allTextContents();
    expect(headings).toHaveLength(1);
    expect(headings[0]).toMatch(/\S/);
    await context.close();
  });
});
