/** Connecting by dragging from a handle: the edge kind follows from the endpoints; wrong ones are refused with a reason. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCards, connectBrowser, getPlan, openApp, placeFour } from './helpers';

describe('connecting nodes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('infers reports-to, member-of and engages from the kinds at both ends', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    await connectCards(page, 'po-1', 't', 'pm-1');
    await connectCards(page, 'po-1', 'b', 'team-1');
    await connectCards(page, 'pm-1', 'r', 'stakeholder-1');
    const edges = (await getPlan(page)).edges.map((e) => [e.kind, e.source, e.target]);
    expect(edges).toEqual([
      ['reports-to', 'po-1', 'pm-1'],
      ['member-of', 'po-1', 'team-1'],
      ['engages', 'pm-1', 'stakeholder-1'],
    ]);
    expect(await page.locator('.react-flow__edge.op-edge--reports-to').count()).toBe(1);
    expect(await page.locator('.react-flow__edge.op-edge--member-of').count()).toBe(1);
    expect(await page.locator('.react-flow__edge.op-edge--engages.op-edge--external').count()).toBe(1);
    await context.close();
  });

  it('reads a drag down from a manager’s bottom handle as “reports to me”, and switches it to a dotted line', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    await connectCards(page, 'pm-1', 'b', 'po-1');
    let plan = await getPlan(page);
    expect(plan.edges.map((e) => [e.kind, e.source, e.target])).toEqual([['reports-to', 'po-1', 'pm-1']]);
    // The new line is selected: D makes it dotted, D again solid.
    await page.keyboard.press('d');
    plan = await getPlan(page);
    expect(plan.edges[0]?.kind).toBe('dotted-line');
    expect(await page.locator('.react-flow__edge.op-edge--dotted-line').count()).toBe(1);
    await page.keyboard.press('d');
    expect((await getPlan(page)).edges[0]?.kind).toBe('reports-to');
    await context.close();
  });

  it('connects PO → PM from the PO’s bottom dot too, the hint saying the roles decided (it made “PM reports to PO”)', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    await connectCards(page, 'po-1', 'b', 'pm-1', { hold: true });
    const hint = page.locator('.op-connection-hint.is-ok');
    await hint.waitFor();
    expect(await hint.textContent()).toContain('New PO (PO) reports to New PM (PM)');
    expect(await page.getByTestId('connect-direction').textContent()).toContain('a PO reports to a PM');
    await page.mouse.up();
    expect((await getPlan(page)).edges.map((e) => [e.kind, e.source, e.target])).toEqual([
      ['reports-to', 'po-1', 'pm-1'],
    ]);
    await context.close();
  });

  it('renders the whole-card drop handles only while a connection is dragged (every card held five handles before)', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    const cards = await page.locator('.react-flow__node').count();
    expect(await page.locator('.op-drop-handle').count()).toBe(0);
    await connectCards(page, 'po-1', 'b', 'pm-1', { hold: true });
    await expect.poll(() => page.locator('.op-drop-handle').count()).toBe(cards);
    await page.mouse.up();
    await expect.poll(() => page.locator('.op-drop-handle').count()).toBe(0);
    expect((await getPlan(page)).edges).toHaveLength(1);
    await context.close();
  });

  it('refuses a connection edge-endpoints would reject, saying why while dragging and after', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    await connectCards(page, 'team-1', 'r', 'stakeholder-1', { hold: true });
    const hint = page.locator('.op-connection-hint.is-bad');
    await hint.waitFor();
    expect(await hint.textContent()).toContain('A team cannot engage a stakeholder');
    await page.mouse.up();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('A team cannot engage a stakeholder');
    expect((await getPlan(page)).edges).toEqual([]);
    await context.close();
  });

  it('refuses a reporting cycle', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    await page.getByTestId('palette-addPerson').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    // A person with no level reports to the PO, the PO to the PM; the PM to that person would close the loop
    // (between a PM and a person without levels nothing but the dot decides the direction).
    await connectCards(page, 'po-1', 't', 'pm-1');
    await connectCards(page, 'person-1', 't', 'po-1');
    await connectCards(page, 'pm-1', 't', 'person-1');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('reporting cycle');
    expect((await getPlan(page)).edges).toHaveLength(2);
    await context.close();
  });
});
