/**
 * Scenarios in the browser (issue 17): create one from the example, rename it, move a PO in it, switch back and
 * see the as-is unchanged, save and reopen with both, delete it after a confirm naming it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/shared/format/parse';
import type { Plan } from '../../src/shared/model/types';
import { centreOf, connectBrowser, drag, getPlan, isDirty, openApp, screenshot } from './helpers';
import { chooseFile, downloadOf, fileMenu, title } from './files-helpers';

const NAME = 'Article example: Checkout & Payments';

const managersOf = (plan: Plan, id: string): string[] =>
  plan.edges.filter((e) => e.kind === 'reports-to' && e.source === id).map((e) => e.target);

async function openScenarioMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Scenario: / }).click();
  await page.getByRole('menu', { name: 'Scenarios' }).waitFor();
}

async function scenarioNames(page: Page): Promise<string[]> {
  await openScenarioMenu(page);
  const names = await page.getByRole('menuitemradio').allTextContents();
  await page.keyboard.press('Escape');
  return names.map((text) => text.replace(/^●?/, '').replace(/[\d,]+ cards$/, ''));
}

describe('scenarios', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('create, rename, edit, switch back, save, reopen and delete a scenario', async () => {
    const { page, context } = await openApp(browser);
    const asIs = await getPlan(page);
    const cartManagers = managersOf(asIs, 'po-cart');
    expect(cartManagers).not.toEqual(['pm-payments']);

    // Create: the switcher names the new scenario, the plan is the same.
    await openScenarioMenu(page);
    await screenshot(page, 'scenario-menu.png');
    await page.getByRole('menuitem', { name: 'New scenario from this one' }).click();
    await page.getByRole('button', { name: 'Scenario: Proposal 2' }).waitFor();
    expect(await getPlan(page)).toEqual(asIs);

    // Rename through the dialog; the window title names the scenario now that there are two.
    await openScenarioMenu(page);
    await page.getByRole('menuitem', { name: 'Rename scenario…' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename scenario' });
    await rename.getByRole('textbox').fill('As-is');
    await rename.getByText('There is already a scenario named “As-is”').waitFor();
    await rename.getByRole('textbox').fill('Split PMs');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Scenario: Split PMs' }).waitFor();
    await expect.poll(() => title(page)).toBe(`• ${NAME} — Split PMs — Org Planner`);

    // Edit the proposal: move Lena's PO card onto Priya (PM), so she reports to her.
    const from = await centreOf(page, '.react-flow__node[data-id="po-cart"]');
    const to = await centreOf(page, '.react-flow__node[data-id="pm-payments"]');
    await drag(page, from, to, { steps: 25 });
    await expect.poll(async () => managersOf(await getPlan(page), 'po-cart')).toEqual(['pm-payments']);

    // Switch back: the as-is is unchanged.
    await openScenarioMenu(page);
    await page.getByRole('menuitemradio', { name: /As-is/ }).click();
    await page.getByRole('button', { name: 'Scenario: As-is' }).waitFor();
    expect(await getPlan(page)).toEqual(asIs);

    // Save downloads both scenarios (format 3), and the document is clean.
    const saved = await downloadOf(page, () => page.keyboard.press('Control+s'));
    const text = saved.bytes.toString('utf8');
    const parsed = parsePlan(text);
    if (!parsed.ok) throw new Error('the saved plan does not load');
    expect(JSON.parse(text)).toMatchObject({ version: 3, scenarios: [{ name: 'Split PMs' }] });
    expect(managersOf({ ...parsed.plan, edges: parsed.plan.scenarios?.[0]?.edges ?? [] }, 'po-cart')).toEqual([
      'pm-payments',
    ]);
    await expect.poll(() => isDirty(page)).toBe(false);

    // Reopen the saved file: both scenarios are there, the as-is shown.
    await page.getByRole('button', { name: 'New…' }).click();
    await page.getByTestId('start-blank').click();
    await page.getByText('This plan is empty').waitFor();
    expect(await scenarioNames(page)).toEqual(['As-is']);
    const file = { name: 'reorg.orgplan.json', mimeType: 'application/json', buffer: saved.bytes };
    await chooseFile(page, () => fileMenu(page, 'Open…'), file);
    await page.getByRole('button', { name: 'Scenario: As-is' }).waitFor();
    await expect.poll(async () => (await getPlan(page)).nodes.length).toBe(asIs.nodes.length);
    expect(await scenarioNames(page)).toEqual(['As-is', 'Split PMs']);
    await openScenarioMenu(page);
    await page.getByRole('menuitemradio', { name: /Split PMs/ }).click();
    await expect.poll(async () => managersOf(await getPlan(page), 'po-cart')).toEqual(['pm-payments']);

    // Delete, after a confirm that names the scenario; Cancel first keeps it.
    await openScenarioMenu(page);
    await page.getByRole('menuitem', { name: 'Delete scenario…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete scenario' });
    await confirm.getByText('Delete the scenario “Split PMs”').waitFor();
    await screenshot(page, 'scenario-delete-confirm.png');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await scenarioNames(page)).toEqual(['As-is', 'Split PMs']);
    await openScenarioMenu(page);
    await page.getByRole('menuitem', { name: 'Delete scenario…' }).click();
    await confirm.getByRole('button', { name: 'Delete “Split PMs”' }).click();
    await page.getByRole('button', { name: 'Scenario: As-is' }).waitFor();
    expect(await scenarioNames(page)).toEqual(['As-is']);
    expect(managersOf(await getPlan(page), 'po-cart')).toEqual(cartManagers);
    await expect.poll(() => title(page)).toBe(`• ${NAME} — Org Planner`);
    await context.close();
  });

  it('the switcher works from the keyboard, and Alt+PageDown shows the next scenario', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('Alt+Shift+N');
    await page.getByRole('button', { name: 'Scenario: Proposal 2' }).waitFor();
    await page.getByRole('button', { name: 'Scenario: Proposal 2' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menu', { name: 'Scenarios' }).waitFor();
    // The checked scenario has the focus; ArrowUp moves to the as-is, Enter shows it.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Scenario: As-is' }).waitFor();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+PageDown');
    await page.getByRole('button', { name: 'Scenario: Proposal 2' }).waitFor();
    await context.close();
  });
});
