/**
 * The compare view through real input: a reorganisation of the article example (a PO moved to the other PM, a
 * PO added, a stakeholder deleted, a PO renamed) compared with the last saved version, and the example compared
 * with a plan file on disk, which never becomes the window's plan.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleExamplePlan } from '../../src/shared/example/article-example';
import { serializePlan } from '../../src/shared/format/serialize';
import type { Plan } from '../../src/shared/model/types';
import { chooseFile, fileMenu } from './files-helpers';
import { card, centreOf, connectBrowser, drag, getPlan, getSelection, isDirty, openApp, screenshot } from './helpers';

const panel = (page: Page) => page.getByTestId('compare-panel');
const count = (page: Page, kind: string) => panel(page).locator(`.op-compare-count[data-kind="${kind}"]`);

/** The distance of a card's centre from the centre of the visible canvas, in screen pixels. */
async function offCentre(page: Page, id: string, selector = `.react-flow__node[data-id="${id}"]`): Promise<number> {
  const target = await centreOf(page, selector);
  const canvas = await centreOf(page, '.op-canvas');
  return Math.hypot(target.x - canvas.x, target.y - canvas.y);
}

/** Lena (PO) to Priya, a new PO under Daniel, Northwind deleted, Jonas renamed: all with the mouse and keyboard. */
async function reorganise(page: Page): Promise<string> {
  // The minimap covers a corner of the example: out of the way while editing.
  await page.locator('.op-canvas').focus();
  await page.keyboard.press('Shift+M');
  await drag(
    page,
    await centreOf(page, '.react-flow__node[data-id="po-cart"]'),
    await centreOf(page, '.react-flow__node[data-id="pm-payments"]'),
    {
      steps: 25,
    },
  );
  await card(page, 'pm-checkout').click();
  await page.keyboard.press('o');
  await page.keyboard.type('Noor Haddad');
  await page.keyboard.press('Enter');
  await card(page, 'sh-northwind').click();
  await page.keyboard.press('Delete');
  await card(page, 'po-wallets').dblclick();
  await card(page, 'po-wallets').locator('input.op-rename').waitFor();
  await page.keyboard.type('Jonas Berg-Larsen');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const plan = await getPlan(page);
  const added = plan.nodes.find((n) => n.name === 'Noor Haddad');
  if (added === undefined) throw new Error('the new PO is not in the plan');
  expect(plan.nodes.some((n) => n.id === 'sh-northwind')).toBe(false);
  expect(plan.edges.find((e) => e.kind === 'reports-to' && e.source === 'po-cart')?.target).toBe('pm-payments');
  return added.id;
}

describe('the compare view', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('marks a reorganisation against the last saved version, lists it by kind and goes to a change', async () => {
    const { page, context } = await openApp(browser);
    const addedId = await reorganise(page);
    await fileMenu(page, /Compare with/);
    await page.getByTestId('compare-saved').click();
    await panel(page).waitFor();

    // Marks on the canvas: words, not colour alone.
    await expect.poll(() => card(page, addedId).getAttribute('class')).toContain('op-compare-added');
    expect(await card(page, addedId).getByTestId('compare-new').textContent()).toBe('New');
    const ghost = page.locator('.react-flow__node[data-id="ghost:sh-northwind"]');
    expect(await ghost.getByTestId('compare-ghost').textContent()).toContain('Northwind Retail');
    expect(await ghost.textContent()).toContain('Removed');
    expect(await card(page, 'po-cart').getByTestId('compare-was-under').textContent()).toBe('was under Daniel Okafor');
    const changed = card(page, 'po-wallets').getByTestId('compare-changed');
    expect(await changed.getAttribute('title')).toBe('name: Jonas Berg → Jonas Berg-Larsen');
    // The ghost is no part of the plan.
    expect((await getPlan(page)).nodes.some((n) => n.id.includes('ghost'))).toBe(false);

    // Counts by kind and the rule delta.
    expect(await count(page, 'added').textContent()).toBe('Added 1');
    expect(await count(page, 'removed').textContent()).toBe('Removed 1');
    expect(await count(page, 'renamed').textContent()).toBe('Renamed 1');
    expect(await count(page, 'moved').textContent()).toBe('Moved 1');
    expect(await count(page, 'changed').isDisabled()).toBe(true);
    const delta = await page.getByTestId('compare-delta').textContent();
    // Northwind gone, Lena no longer deals with an external stakeholder; Noor has no team yet.
    expect(delta).toBe('1 problem solved, 1 new: Noor Haddad (PO) is not a member of any team');
    expect(await page.getByTestId('compare-solved-problems').textContent()).toContain(
      'Lena Schmidt (PO) engages external stakeholder',
    );
    expect(await page.getByTestId('compare-new-problems').locator('li').count()).toBe(1);

    // A change in the list selects and centres its card; a removed one shows its ghost.
    await panel(page)
      .getByRole('button', { name: /Lena Schmidt/ })
      .first()
      .click();
    expect((await getSelection(page)).nodes).toEqual(['po-cart']);
    await expect.poll(() => offCentre(page, 'po-cart'), { timeout: 3000 }).toBeLessThan(4);
    await panel(page).locator('.op-compare-row[data-key="removed:sh-northwind"]').click();
    await expect.poll(() => ghost.getAttribute('class')).toContain('is-active');
    await expect.poll(() => offCentre(page, 'ghost:sh-northwind'), { timeout: 3000 }).toBeLessThan(4);

    // Filtering by kind; editing while comparing updates the marks at once.
    await count(page, 'moved').click();
    expect(await panel(page).locator('.op-compare-group').count()).toBe(1);
    await panel(page).getByRole('button', { name: /^All/ }).click();
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Control+z'); // the rename
    await expect.poll(() => count(page, 'renamed').textContent()).toBe('Renamed 0');
    expect(await card(page, 'po-wallets').getByTestId('compare-changed').count()).toBe(0);
    await page.keyboard.press('Control+y');
    await expect.poll(() => count(page, 'renamed').textContent()).toBe('Renamed 1');

    // Escape on the canvas: first the highlight and the selection go (the picture shows the whole chart)...
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect((await getSelection(page)).nodes).toEqual([]);
    expect(await panel(page).count()).toBe(1);
    await page.keyboard.press('Shift+M'); // the minimap again, with the ghost in it
    await page.keyboard.press('Shift+1');
    const dismiss = page.locator('.op-toast').getByRole('button', { name: 'Dismiss' });
    // A toast may leave by itself between the count and the click (they time out): such a click is not retried.
    for (let tries = 0; tries < 10 && (await dismiss.count()) > 0; tries++)
      await dismiss
        .first()
        .click({ timeout: 1000 })
        .catch(() => undefined);
    await expect.poll(() => dismiss.count(), { timeout: 5000 }).toBe(0);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400); // the fit's animation
    await screenshot(page, 'compare-example.png');

    // ... then the compare view.
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Escape');
    expect(await panel(page).count()).toBe(0);
    expect(await ghost.count()).toBe(0);
    expect(await card(page, addedId).getAttribute('class')).not.toContain('op-compare-added');
    await context.close();
  });

  it('compares with a plan file without opening it, and refuses a bad file with the usual error', async () => {
    const { page, context } = await openApp(browser);
    const before = await getPlan(page);
    const asIs = articleExamplePlan();
    const proposal: Plan = {
      ...asIs,
      name: 'Proposal',
      nodes: asIs.nodes.filter((n) => n.id !== 'sh-sales'),
      edges: asIs.edges.filter((e) => e.target !== 'sh-sales'),
      rules: { 'span-of-control': { options: { max: 3 } } },
    };
    const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

    // Keyboard: the shortcut opens the dialog.
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Alt+Shift+D');
    await page.getByTestId('compare-file').waitFor();
    await chooseFile(page, () => page.getByTestId('compare-file').click(), file('broken.orgplan.json', '{"format":'));
    await page.locator('.op-toast').filter({ hasText: 'Could not open “broken.orgplan.json”' }).waitFor();
    expect(await panel(page).count()).toBe(0);

    await fileMenu(page, /Compare with/);
    await chooseFile(
      page,
      () => page.getByTestId('compare-file').click(),
      file('proposal.orgplan.json', serializePlan(proposal)),
    );
    await panel(page).waitFor();
    expect(await panel(page).textContent()).toContain('compared with “proposal.orgplan.json”');
    // The window's plan is the same, untouched and clean: the file was only read.
    expect(await getPlan(page)).toEqual(before);
    expect(await isDirty(page)).toBe(false);
    // The current plan has Sales, the proposal does not: from the file's side, Sales is new.
    await expect.poll(() => card(page, 'sh-sales').getAttribute('class')).toContain('op-compare-added');
    expect(await count(page, 'added').textContent()).toBe('Added 1');
    expect(await page.getByTestId('compare-rules-differ').textContent()).toContain('span-of-control');
    await panel(page).getByRole('button', { name: 'Close the compare view' }).click();
    expect(await panel(page).count()).toBe(0);
    await context.close();
  });
});
