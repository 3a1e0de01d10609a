/** Documents in the browser: the dirty marker in the title, Save, the unsaved-changes prompt, bad files, dropped files. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../src/shared/format/serialize';
import { emptyPlan } from '../../src/shared/model/types';
import { connectBrowser, getPlan, isDirty, openApp, screenshot } from './helpers';
import { chooseFile, downloadOf, fileMenu, title } from './files-helpers';

const NAME = 'Article example: Checkout & Payments';
/** The download's name: the plan's, without characters file systems refuse. */
const FILE = 'Article example Checkout & Payments.orgplan.json';

function jsonFile(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Places a person (which starts renaming it) and keeps the default name. */
async function edit(page: Page): Promise<void> {
  await page.keyboard.press('p');
  await expect.poll(() => isDirty(page)).toBe(true);
  await page.keyboard.press('Enter');
}

describe('documents in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the dirty marker in the title after an edit, and clears it on Save', async () => {
    const { page, context } = await openApp(browser);
    expect(await title(page)).toBe(`${NAME} — Org Planner`);
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menu', { name: 'File' }).waitFor();
    await screenshot(page, 'files-menu.png');
    await page.keyboard.press('Escape');
    await page.getByRole('menu', { name: 'File' }).waitFor({ state: 'hidden' });
    await edit(page);
    await expect.poll(() => title(page)).toBe(`• ${NAME} — Org Planner`);
    const saved = await downloadOf(page, () => page.keyboard.press('Control+s'));
    expect(saved.download.suggestedFilename()).toBe(FILE);
    expect(saved.bytes.toString('utf8')).toBe(serializePlan(await getPlan(page)));
    await expect.poll(() => title(page)).toBe(`${NAME} — Org Planner`);
    expect(await isDirty(page)).toBe(false);
    await context.close();
  });

  it('asks before New replaces unsaved work: Cancel keeps it, Don’t Save discards it', async () => {
    const { page, context } = await openApp(browser);
    await edit(page);
    const before = await getPlan(page);
    const prompt = page.getByRole('dialog', { name: 'Unsaved changes' });

    await page.getByRole('button', { name: 'New…' }).click();
    await page.getByTestId('start-blank').click();
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await prompt.waitFor({ state: 'hidden' });
    expect(await getPlan(page)).toEqual(before);
    expect(await isDirty(page)).toBe(true);

    await page.getByRole('button', { name: 'New…' }).click();
    await page.getByTestId('start-blank').click();
    await prompt.getByRole('button', { name: 'Don’t Save' }).click();
    await page.getByText('This plan is empty').waitFor();
    expect((await getPlan(page)).nodes).toHaveLength(0);
    await context.close();
  });

  it('asks before Open too, and Save downloads the work before opening', async () => {
    const { page, context } = await openApp(browser);
    await edit(page);
    const other = serializePlan(emptyPlan('Other plan'));
    const prompt = page.getByRole('dialog', { name: 'Unsaved changes' });
    // Cancel: no file chooser, nothing changes.
    let chooserOpened = false;
    page.once('filechooser', () => {
      chooserOpened = true;
    });
    const before = await getPlan(page);
    await fileMenu(page, 'Open…');
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await prompt.waitFor({ state: 'hidden' });
    await page.waitForTimeout(200);
    expect(chooserOpened).toBe(false);
    expect(await getPlan(page)).toEqual(before);
    expect(await isDirty(page)).toBe(true);

    await fileMenu(page, 'Open…');
    await prompt.waitFor();
    // Save downloads the plan, then the file chooser opens.
    const chooser = page.waitForEvent('filechooser');
    const saved = await downloadOf(page, () => prompt.getByRole('button', { name: 'Save', exact: true }).click());
    expect(saved.download.suggestedFilename()).toBe(FILE);
    await (await chooser).setFiles(jsonFile('other.orgplan.json', other));
    await expect.poll(async () => (await getPlan(page)).name).toBe('Other plan');
    expect(await isDirty(page)).toBe(false);
    expect(await title(page)).toBe('Other plan — Org Planner');
    await context.close();
  });

  it('refuses an invalid file, naming the file and the JSON path, and keeps the current plan', async () => {
    const { page, context } = await openApp(browser);
    const before = await getPlan(page);
    const bad = JSON.stringify({ format: 'org-planner', version: 1, nodes: [{ id: 'a', kind: 'wizard' }], edges: [] });
    await chooseFile(page, () => fileMenu(page, 'Open…'), jsonFile('broken.orgplan.json', bad));
    const alert = page.getByRole('alert').filter({ hasText: 'broken.orgplan.json' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('nodes[0].kind');
    expect(await getPlan(page)).toEqual(before);
    await chooseFile(page, () => fileMenu(page, 'Open…'), jsonFile('junk.json', '{ not json'));
    await page.getByRole('alert').filter({ hasText: 'junk.json' }).waitFor();
    expect(await getPlan(page)).toEqual(before);
    await context.close();
  });

  it('opens a plan file dropped on the window', async () => {
    const { page, context } = await openApp(browser);
    const text = serializePlan(emptyPlan('Dropped plan'));
    // Runs in the page, where DataTransfer and File exist (this file compiles without the DOM types).
    const transfer = await page.evaluateHandle((content) => {
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: string[], name: string, options: { type: string }) => unknown;
      };
      const data = new page.DataTransfer();
      data.items.add(new page.File([content], 'dropped.orgplan.json', { type: 'application/json' }));
      return data;
    }, text);
    await page.dispatchEvent('.op-canvas', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.op-canvas', 'drop', { dataTransfer: transfer });
    await expect.poll(async () => (await getPlan(page)).name).toBe('Dropped plan');
    await context.close();
  });
});
