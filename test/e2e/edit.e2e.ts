/** Editing: the inspector, renaming in place, selecting several cards. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, connectBrowser, getPlan, getSelection, nodeById, openApp } from './helpers';

describe('editing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('edits a name in the inspector, one undo step', async () => {
    const { page, context } = await openApp(browser);
    await card(page, 'po-cards').click();
    await page.getByText('Product Owner', { exact: true }).first().waitFor();
    const name = page.getByTestId('inspector-name');
    expect(await name.inputValue()).toBe('Aisha Khan');
    await name.fill('Aisha Rahman');
    await name.press('Enter');
    expect(nodeById(await getPlan(page), 'po-cards').name).toBe('Aisha Rahman');
    await expect.poll(() => card(page, 'po-cards').locator('.op-card__name').textContent()).toBe('Aisha Rahman');
    // Her reporting line is named with her new name (its <title>, read from the plan, names it for screen readers).
    const line = page.getByRole('group', { name: /^Aisha Rahman .*reports to/ });
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.getAttribute('data-id')).toMatch(/^reports-to:po-cards:/);
    // Escape leaves the field without keeping the draft.
    await name.fill('Someone else');
    await name.press('Escape');
    await expect.poll(() => name.inputValue()).toBe('Aisha Rahman');
    expect(nodeById(await getPlan(page), 'po-cards').name).toBe('Aisha Rahman');
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Control+z');
    expect(nodeById(await getPlan(page), 'po-cards').name).toBe('Aisha Khan');
    await context.close();
  });

  it('renames in place on double-click', async () => {
    const { page, context } = await openApp(browser);
    await card(page, 'team-refunds').dblclick();
    const field = card(page, 'team-refunds').locator('input.op-rename');
    await field.waitFor();
    await page.keyboard.type('Refunds & Disputes');
    await page.keyboard.press('Enter');
    expect(nodeById(await getPlan(page), 'team-refunds').name).toBe('Refunds & Disputes');
    expect(await field.count()).toBe(0);
    // The keyboard stays on the canvas: the card has the focus again.
    expect(await page.evaluate("document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id')")).toBe(
      'team-refunds',
    );
    await context.close();
  });

  it('selects with shift-click and with a shift-drag box, and selects all', async () => {
    const { page, context } = await openApp(browser);
    await card(page, 'pm-checkout').click();
    await card(page, 'pm-payments').click({ modifiers: ['Shift'] });
    expect((await getSelection(page)).nodes.sort()).toEqual(['pm-checkout', 'pm-payments']);
    await page.getByText('2 people').first().waitFor();
    // Box-select the bottom row of teams and stakeholders.
    const from = await card(page, 'team-cart').boundingBox();
    const to = await card(page, 'team-wallets').boundingBox();
    await page.keyboard.down('Shift');
    await page.mouse.move(from!.x - 10, from!.y - 10);
    await page.mouse.down();
    await page.mouse.move(to!.x + to!.width + 10, to!.y + to!.height + 10, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const boxed = (await getSelection(page)).nodes;
    expect(boxed).toEqual(expect.arrayContaining(['team-cart', 'team-delivery', 'team-cards', 'team-wallets']));
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Control+a');
    expect((await getSelection(page)).nodes).toHaveLength(19);
    await page.keyboard.press('Escape');
    expect((await getSelection(page)).nodes).toHaveLength(0);
    await context.close();
  });
});
