/**
 * Issue 14, item 5: the CSV dialog finds roles by title patterns (shown, editable) or by a
 * column's values, counts each kind live, previews the rows as mapped, keeps the other
 * columns as fields shown in the inspector, and an import is one Undo away like New.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, connectBrowser, getPlan, openApp, screenshot } from './helpers';
import { chooseFile, fileMenu } from './files-helpers';

const ORG = resolve(import.meta.dirname, '../fixtures/org-1516.csv');

const ROLES_CSV = [
  'id,manager id,name,title,Role,Department,E-mail',
  'pm1,,Pat Morgan,Head of Product,Product Manager,Product,pat@example.com',
  'po1,pm1,Olu Ade,Owner,Product Owner,Product,olu@example.com',
  't1,po1,Checkout,,Scrum Team,,',
  'p1,t1,Dev One,Engineer,,Engineering,dev@example.com',
  's1,po1,Finance,,Stakeholder,,',
  'x1,po1,Acme Ltd,,Vendor,,',
].join('\n');

describe('CSV import roles and fields', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('reads roles from a column and its values, keeps the rest as fields, and Undo brings back the plan', async () => {
    const { page, context } = await openApp(browser);
    const before = await getPlan(page);
    const file = { name: 'roles.csv', mimeType: 'text/csv', buffer: Buffer.from(ROLES_CSV, 'utf8') };
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), file);
    const kinds = page.getByTestId('csv-kinds');
    await expect
      .poll(() => kinds.textContent())
      .toBe('0 PMs, 0 POs, 0 Scrum teams, 0 internal stakeholders, 0 external stakeholders, 6 other people');
    await page.getByTestId('csv-roles-by').selectOption('column');
    await page.getByTestId('csv-role-column').selectOption('Role');
    await expect.poll(() => page.getByTestId('csv-role-values').textContent()).toContain('Vendor (1)');
    await page.getByTestId('csv-role-pm').fill('product manager');
    await page.getByTestId('csv-role-po').fill('Product Owner');
    await page.getByTestId('csv-role-team').fill('scrum team');
    await page.getByTestId('csv-role-internal').fill('stakeholder');
    await page.getByTestId('csv-role-external').fill('vendor, supplier');
    await expect
      .poll(() => kinds.textContent())
      .toBe('1 PM, 1 PO, 1 Scrum team, 1 internal stakeholder, 1 external stakeholder, 1 other person');
    // The preview shows the mapped columns and each row's role, not the file's raw cells.
    const preview = page.locator('.op-csv__preview');
    expect(await preview.locator('th').allTextContents()).toEqual([
      'Id',
      'Name',
      'Job title',
      'Manager id',
      'Role',
      'Fields',
    ]);
    expect(await preview.locator('tr').nth(1).locator('td').allTextContents()).toEqual([
      'pm1',
      'Pat Morgan',
      'Head of Product',
      '',
      'PM',
      'Department: Product · E-mail: pat@example.com',
    ]);
    expect(await page.getByTestId('csv-fields').textContent()).toBe(
      'Kept on each person as fields: Department, E-mail.',
    );
    await screenshot(page, 'csv-roles-column.png');

    await page.getByTestId('csv-import-go').click();
    await expect.poll(async () => (await getPlan(page)).nodes.length).toBe(6);
    const plan = await getPlan(page);
    expect(Object.fromEntries(plan.nodes.map((node) => [node.id, node.scope ?? node.kind]))).toEqual({
      pm1: 'pm',
      po1: 'po',
      t1: 'team',
      p1: 'person',
      s1: 'internal',
      x1: 'external',
    });
    expect(plan.edges.map((edge) => `${edge.kind} ${edge.source}→${edge.target}`).sort()).toEqual([
      'engages po1→s1',
      'engages po1→x1',
      'member-of p1→t1',
      'member-of po1→t1',
      'reports-to po1→pm1',
    ]);

    // The inspector shows the person's fields.
    await card(page, 'pm1').click();
    const fields = page.getByTestId('inspector-field');
    await expect.poll(() => fields.count()).toBe(2);
    expect(await page.getByLabel('E-mail', { exact: true }).inputValue()).toBe('pat@example.com');

    // Undo after an import, as after New: the plan that was open comes back.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await getPlan(page)).name).toBe(before.name);
    expect((await getPlan(page)).nodes.length).toBe(before.nodes.length);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await getPlan(page)).nodes.length).toBe(6);
    await context.close();
  });

  it('imports with a pattern typed just before Import (the preview catching up used to cancel the import)', async () => {
    const { page, context } = await openApp(browser);
    const file = { name: 'quick.csv', mimeType: 'text/csv', buffer: Buffer.from(ROLES_CSV, 'utf8') };
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), file);
    await expect.poll(() => page.getByTestId('csv-kinds').textContent()).toContain('6 other people');
    await page.getByTestId('csv-role-pm').fill('head of');
    await page.getByTestId('csv-import-go').click();
    await expect.poll(async () => (await getPlan(page)).nodes.length).toBe(6);
    expect((await getPlan(page)).nodes.find((node) => node.id === 'pm1')?.kind).toBe('pm');
    await context.close();
  });

  it.runIf(existsSync(ORG))('shows the title patterns and counts org-1516 by kind as they are edited', async () => {
    const { page, context } = await openApp(browser);
    await chooseFile(page, () => fileMenu(page, /Import people from CSV/), ORG);
    const kinds = page.getByTestId('csv-kinds');
    // The old hidden rule, now shown: and it finds nobody here (issue 14: 1,516 "other people").
    expect(await page.getByTestId('csv-role-po').inputValue()).toBe('product owner');
    expect(await page.getByTestId('csv-role-pm').inputValue()).toBe('product manager');
    await expect.poll(() => kinds.textContent()).toContain('0 PMs, 0 POs');
    await page.getByTestId('csv-role-pm').fill('head of direction, head of channels');
    await expect.poll(() => kinds.textContent()).toMatch(/^124 PMs, 0 POs/);
    await page.getByTestId('csv-role-po').fill('head of laboratory, linear manager');
    await expect
      .poll(() => kinds.textContent())
      .toBe('124 PMs, 132 POs, 0 Scrum teams, 0 internal stakeholders, 0 external stakeholders, 1,260 other people');
    await screenshot(page, 'csv-roles-title-patterns.png');
    await page.getByTestId('csv-import-go').click();
    await expect.poll(async () => (await getPlan(page)).nodes.length, { timeout: 20_000 }).toBe(1516);
    const plan = await getPlan(page);
    expect(plan.nodes.filter((node) => node.kind === 'pm')).toHaveLength(124);
    expect(plan.nodes.filter((node) => node.kind === 'po')).toHaveLength(132);
    expect(plan.nodes.find((node) => node.id === 'O-6066')?.fields?.office).toBe('CTO office');
    await context.close();
  });
});
