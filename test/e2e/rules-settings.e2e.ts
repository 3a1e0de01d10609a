/** The Rules view's per-plan settings, and stale waivers removed in one click. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, getPlan, openApp, screenshot, placeFour } from './helpers';

describe('rule settings and waivers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('changes a severity and an option in the plan, each undoable', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    const counts = page.getByTestId('rule-counts');
    expect(await counts.textContent()).toContain('1 error');
    await counts.click();
    await page.getByRole('tab', { name: 'Rules' }).click();
    await page.getByRole('combobox', { name: 'Severity of po-in-team' }).selectOption('info');
    expect(await counts.textContent()).toContain('0 errors');
    expect((await getPlan(page)).rules).toEqual({ 'po-in-team': { severity: 'info' } });
    const max = page.getByRole('spinbutton', { name: 'span-of-control max' });
    await max.fill('3');
    await max.press('Enter');
    expect((await getPlan(page)).rules?.['span-of-control']).toEqual({ options: { max: 3 } });
    await page.getByRole('button', { name: 'Why?' }).first().click();
    await screenshot(page, 'rules-view.png');
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Control+z');
    expect((await getPlan(page)).rules).toEqual({ 'po-in-team': { severity: 'info' } });
    expect(await max.inputValue()).toBe('8');
    await page.keyboard.press('Control+z');
    expect((await getPlan(page)).rules).toBeUndefined();
    expect(await counts.textContent()).toContain('1 error');
    await context.close();
  });

  it('shows a waiver gone stale once its problem is fixed, and removes it in one click', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    await page.keyboard.press('F8');
    await page.getByRole('button', { name: 'Waive…' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Team forms next sprint');
    await page.keyboard.press('Escape');
    expect((await getPlan(page)).waivers).toBeUndefined();
    await page.getByRole('button', { name: 'Waive…' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Team forms next sprint');
    await page.getByRole('dialog').getByRole('button', { name: 'Waive', exact: true }).click();
    expect((await getPlan(page)).waivers).toHaveLength(1);
    await screenshot(page, 'rules-waived.png');
    // Fixing the problem (here with its quick fix, still offered while waived) leaves the waiver stale.
    await page.getByRole('button', { name: /^Join / }).click();
    const remove = page.getByTestId('remove-stale-waiver');
    await remove.waitFor();
    await remove.click();
    expect((await getPlan(page)).waivers).toBeUndefined();
    expect(await page.locator('[data-testid="problem-row"][data-rule="stale-waiver"]').count()).toBe(0);
    await context.close();
  });
});
