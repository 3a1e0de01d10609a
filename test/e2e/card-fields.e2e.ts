/**
 * Issue 14, item 5's last parts: a CSV's extra columns on the cards (View › Fields on cards…, per plan, undoable)
 * and a person's fields edited in the inspector (value, name, add, remove), each one undo step.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, connectBrowser, getPlan, nodeById, openApp, screenshot } from './helpers';
import { chooseFile, fileMenu } from './files-helpers';

const CSV = [
  'id,manager id,name,title,department,location',
  'pm1,,Pat Morgan,Head of Product Management,Product,Berlin',
  'po1,pm1,Olu Ade,Product Owner,Product,Lisbon',
  'p1,po1,Dev One,Engineer,Engineering and Platform Reliability Operations,Lisbon',
  'p2,po1,Dev Two,Engineer,,Remote',
].join('\n');

async function importSmallCsv(page: Page): Promise<void> {
  const file = { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') };
  await chooseFile(page, () => fileMenu(page, /Import people from CSV/), file);
  await expect.poll(() => page.getByTestId('csv-counts').textContent()).toMatch(/^4 people, 3 reporting lines/);
  await page.getByTestId('csv-import-go').click();
  await expect.poll(async () => (await getPlan(page)).nodes.length).toBe(4);
  await card(page, 'p1').waitFor();
}

describe('fields on cards and in the inspector', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows a chosen field on the cards, chosen with the keyboard from the layout menu, and Undo takes it off', async () => {
    const { page, context } = await openApp(browser);
    await importSmallCsv(page);
    expect(await page.locator('.op-card__field').count()).toBe(0);

    // Layout choices ▾, then End (the menu's last item) and Enter: Fields on cards…
    await page.getByRole('button', { name: 'Layout choices' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Fields on cards' });
    await dialog.waitFor();
    // The plan's field names, with how many cards have each.
    expect(await dialog.locator('li').allTextContents()).toEqual(['department3 cards', 'location4 cards'].reverse());
    await dialog.getByRole('checkbox', { name: /department/ }).focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await getPlan(page)).layout?.cardFields).toEqual(['department']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const field = card(page, 'p1').locator('.op-card__field');
    expect(await field.textContent()).toBe('Engineering and Platform Reliability Operations');
    expect(await field.getAttribute('title')).toBe('department: Engineering and Platform Reliability Operations');
    // Cut with an ellipsis inside the card, which keeps its size.
    const [cardBox, fieldBox] = [await card(page, 'p1').boundingBox(), await field.boundingBox()];
    if (cardBox === null || fieldBox === null) throw new Error('card not shown');
    expect(fieldBox.y + fieldBox.height).toBeLessThanOrEqual(cardBox.y + cardBox.height);
    expect(fieldBox.x + fieldBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
    expect(
      await field.evaluate((el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth > el.clientWidth),
    ).toBe(true);
    // p2 has no department: its card stays as it was.
    expect(await card(page, 'p2').locator('.op-card__field').count()).toBe(0);
    expect(await card(page, 'p2').locator('.op-card__title').textContent()).toBe('Engineer');
    await screenshot(page, 'card-fields.png');

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.op-card__field').count()).toBe(0);
    expect((await getPlan(page)).layout?.cardFields).toBeUndefined();
    await context.close();
  });

  it('edits, renames, adds and removes a person’s fields in the inspector, each one undo step', async () => {
    const { page, context } = await openApp(browser);
    await importSmallCsv(page);
    await card(page, 'po1').click();
    const fieldsOf = async () => nodeById(await getPlan(page), 'po1').fields;

    // Edit a value: type, Enter.
    await page.getByLabel('location', { exact: true }).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Porto');
    await page.keyboard.press('Enter');
    await expect.poll(fieldsOf).toEqual({ department: 'Product', location: 'Porto' });

    // Rename a field where it is; a name used twice is refused and said so.
    await page.getByLabel('Name of field location').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('department');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('already a field “department”');
    expect(await fieldsOf()).toEqual({ department: 'Product', location: 'Porto' });
    await page.getByLabel('Name of field location').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('city');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => Object.entries((await fieldsOf()) ?? {}))
      .toEqual([
        ['department', 'Product'],
        ['city', 'Porto'],
      ]);

    // Add one with the keyboard alone: name, Tab, value, Enter.
    await page.getByTestId('new-field-name').focus();
    await page.keyboard.type('e-mail');
    await page.keyboard.press('Tab');
    await page.keyboard.type('olu@example.com');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await fieldsOf())?.['e-mail']).toBe('olu@example.com');

    // Remove one.
    await page.getByRole('button', { name: 'Remove field department' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(fieldsOf).toEqual({ city: 'Porto', 'e-mail': 'olu@example.com' });
    await screenshot(page, 'inspector-fields.png');

    // Each edit was one step: remove, add, rename, edit.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(fieldsOf).toEqual({ department: 'Product', city: 'Porto', 'e-mail': 'olu@example.com' });
    await page.keyboard.press('Control+z');
    await expect.poll(fieldsOf).toEqual({ department: 'Product', city: 'Porto' });
    await page.keyboard.press('Control+z');
    await expect.poll(fieldsOf).toEqual({ department: 'Product', location: 'Porto' });
    await page.keyboard.press('Control+z');
    await expect.poll(fieldsOf).toEqual({ department: 'Product', location: 'Lisbon' });
    await context.close();
  });
});
