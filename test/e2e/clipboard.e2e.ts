/** Copy and paste a subtree: new ids, the edges among the copied nodes kept, one undo step. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, connectBrowser, getPlan, getSelection, openApp } from './helpers';

describe('copy and paste', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('copies a manager’s subtree and pastes it as new nodes with their edges', async () => {
    const { page, context } = await openApp(browser);
    const original = await getPlan(page);
    await card(page, 'pm-payments').click();
    await page.keyboard.press('s');
    const copied = new Set((await getSelection(page)).nodes);
    expect([...copied]).toEqual(expect.arrayContaining(['pm-payments', 'po-cards', 'po-wallets', 'team-cards']));
    // The Wallets team is shared with the scrum master, who is outside: it stays behind.
    expect(copied.has('team-wallets')).toBe(false);
    const innerEdges = original.edges.filter((e) => copied.has(e.source) && copied.has(e.target));

    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    const plan = await getPlan(page);
    const pasted = plan.nodes.slice(original.nodes.length);
    expect(pasted).toHaveLength(copied.size);
    expect(pasted.every((n) => !original.nodes.some((o) => o.id === n.id))).toBe(true);
    const pastedIds = new Set(pasted.map((n) => n.id));
    const newEdges = plan.edges.slice(original.edges.length);
    expect(newEdges).toHaveLength(innerEdges.length);
    expect(newEdges.every((e) => pastedIds.has(e.source) && pastedIds.has(e.target))).toBe(true);
    expect(newEdges.map((e) => e.kind).sort()).toEqual(innerEdges.map((e) => e.kind).sort());
    // The paste is selected and is one undo step.
    expect(new Set((await getSelection(page)).nodes)).toEqual(pastedIds);
    await page.keyboard.press('Control+z');
    expect(await getPlan(page)).toEqual(original);
    await context.close();
  });

  it('duplicates the selection', async () => {
    const { page, context } = await openApp(browser);
    const before = (await getPlan(page)).nodes.length;
    await card(page, 'sh-sales').click();
    await page.keyboard.press('Control+d');
    const plan = await getPlan(page);
    expect(plan.nodes).toHaveLength(before + 1);
    expect(plan.nodes[before]).toMatchObject({ kind: 'stakeholder', scope: 'internal', name: 'Sales' });
    await context.close();
  });
});
