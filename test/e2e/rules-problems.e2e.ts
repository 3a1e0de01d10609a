/**
 * Live rule checking as a user meets it: a problem drawn on the canvas shows
 * in the status bar and on the card, the panel focuses it and quotes the
 * article, the quick fix applies and undoes, a waiver needs a reason, and a
 * rule switched off in the Rules view takes its problems with it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  card,
  connectBrowser,
  connectCards,
  getPlan,
  getSelection,
  openApp,
  placeFour,
  readmeImage,
  screenshot,
} from './helpers';

/** A PM, a PO, a team and an external stakeholder: pm-1, po-1, team-1, stakeholder-1. */
async function counts(page: Page): Promise<string> {
  return (await page.getByTestId('rule-counts').textContent()) ?? '';
}

function row(page: Page, ruleId: string) {
  return page.locator(`[data-testid="problem-row"][data-rule="${ruleId}"]`);
}

describe('live rule checking', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('warns while connecting, counts, marks, focuses, quotes, fixes, undoes, waives and disables', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    await connectCards(page, 'po-1', 't', 'pm-1');
    await connectCards(page, 'po-1', 'b', 'team-1');
    expect(await counts(page)).toContain('0 errors');

    // While drawing PO → external stakeholder, the hint says which rule it would break; dropping still works.
    await connectCards(page, 'po-1', 'r', 'stakeholder-1', { hold: true });
    const warning = page.getByTestId('connect-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('po-internal-stakeholders-only');
    await screenshot(page, 'rules-connect-warning.png');
    await page.mouse.up();
    const bad = (await getPlan(page)).edges.find((e) => e.kind === 'engages');
    expect(bad?.source).toBe('po-1');

    expect(await counts(page)).toContain('1 error');
    const marker = card(page, 'po-1').locator('[data-testid="problem-marker"][data-severity="error"]');
    await marker.waitFor();
    expect(await marker.getAttribute('title')).toContain('engages');

    // The status bar opens the panel; a row selects what the problem is about.
    await page.getByTestId('rule-counts').click();
    await row(page, 'po-internal-stakeholders-only').click();
    const selection = await getSelection(page);
    expect(selection.nodes.sort()).toEqual(['po-1', 'stakeholder-1']);
    expect(selection.edges).toEqual([bad?.id]);
    const quote = page.getByTestId('explanation').getByTestId('rule-quote');
    expect(await quote.textContent()).toContain(
      'Product Managers are responsible for dealing with external stakeholders',
    );

    // Quick fix: one step, undoable.
    const fix = page.getByTestId('quick-fix');
    expect(await fix.textContent()).toBe('Hand over to New PM');
    await fix.click();
    expect((await getPlan(page)).edges.find((e) => e.id === bad?.id)?.source).toBe('pm-1');
    expect(await counts(page)).toContain('0 errors');
    await page.keyboard.press('Control+z');
    expect((await getPlan(page)).edges.find((e) => e.id === bad?.id)?.source).toBe('po-1');
    expect(await counts(page)).toContain('1 error');

    // Waive with a reason: listed greyed with it, not counted.
    await row(page, 'po-internal-stakeholders-only').click();
    await page.getByRole('button', { name: 'Waive…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Waive this problem' });
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Waive', exact: true }).isDisabled()).toBe(true);
    await dialog.getByRole('textbox').fill('Acme is run by the PO until the new PM starts');
    await dialog.getByRole('button', { name: 'Waive', exact: true }).click();
    expect((await getPlan(page)).waivers).toEqual([
      {
        ruleId: 'po-internal-stakeholders-only',
        nodeId: 'po-1',
        reason: 'Acme is run by the PO until the new PM starts',
      },
    ]);
    expect(await counts(page)).toContain('0 errors');
    expect(await counts(page)).toContain('1 waived');
    expect(await row(page, 'po-internal-stakeholders-only').getAttribute('class')).toContain('is-waived');
    expect(await row(page, 'po-internal-stakeholders-only').getByTestId('waiver-reason').textContent()).toContain(
      'until the new PM starts',
    );
    expect(await card(page, 'po-1').getByTestId('problem-marker').count()).toBe(0);

    // Switch a rule off: its problems go, the setting is in the plan, undo brings them back.
    expect(await row(page, 'external-stakeholder-has-pm').count()).toBe(1);
    await page.getByRole('tab', { name: 'Rules' }).click();
    await page.getByRole('checkbox', { name: 'Check external-stakeholder-has-pm' }).uncheck();
    expect((await getPlan(page)).rules).toEqual({ 'external-stakeholder-has-pm': { enabled: false } });
    await page.getByRole('tab', { name: /Problems/ }).click();
    expect(await row(page, 'external-stakeholder-has-pm').count()).toBe(0);
    await page.keyboard.press('Control+z');
    expect(await row(page, 'external-stakeholder-has-pm').count()).toBe(1);
    await context.close();
  });

  it('walks problems with F8 / Shift+F8 and toggles the panel with Ctrl+Shift+M', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    await page.keyboard.press('F8');
    const rows = page.getByTestId('problem-row');
    await rows.first().waitFor();
    const first = await page.locator('[data-testid="problem-row"][aria-current="true"]').getAttribute('data-rule');
    expect(first).toBe('po-in-team');
    expect((await getSelection(page)).nodes).toEqual(['po-1']);
    await page.keyboard.press('F8');
    const second = await page.locator('[data-testid="problem-row"][aria-current="true"]').textContent();
    await page.keyboard.press('Shift+F8');
    expect(await page.locator('[data-testid="problem-row"][aria-current="true"]').getAttribute('data-rule')).toBe(
      'po-in-team',
    );
    expect(second).not.toBe(await page.locator('[data-testid="problem-row"][aria-current="true"]').textContent());
    await page.keyboard.press('Control+Shift+M');
    expect(await rows.count()).toBe(0);
    await page.keyboard.press('Control+Shift+M');
    expect(await rows.count()).toBeGreaterThan(0);
    // The unambiguous fixes: the one PM, the one team.
    await row(page, 'po-reports-to-pm').click();
    await page.getByRole('button', { name: /^Report to / }).click();
    await row(page, 'po-in-team').click();
    await page.getByRole('button', { name: /^Join / }).click();
    const kinds = (await getPlan(page)).edges.map((e) => [e.kind, e.source, e.target]);
    expect(kinds).toEqual([
      ['reports-to', 'po-1', 'pm-1'],
      ['member-of', 'po-1', 'team-1'],
    ]);
    await context.close();
  });

  it('screenshots the panel with errors, warnings and infos in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openApp(browser, { colorScheme });
      await placeFour(page);
      await connectCards(page, 'po-1', 'r', 'stakeholder-1');
      await page.keyboard.press('F8');
      await page.getByTestId('explanation').waitFor();
      const severities = await page
        .getByTestId('problem-row')
        .evaluateAll((els: { getAttribute(name: string): string | null }[]) =>
          els.map((el) => el.getAttribute('data-severity')),
        );
      expect(new Set(severities)).toEqual(new Set(['error', 'warning', 'info']));
      await screenshot(page, `rules-panel-${colorScheme}.png`);
      if (colorScheme === 'light') await readmeImage(page, 'problems-panel.png');
      await context.close();
    }
  });
});
