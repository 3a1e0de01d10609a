/** Placing nodes: one of each kind from the palette, by click, by shortcut and by drag and drop. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, connectBrowser, getPlan, openApp, startBlank } from './helpers';

describe('the palette', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('adds one node of each kind, each where it does not overlap the others', async () => {
    const { page, context } = await openApp(browser);
    await startBlank(page);
    for (const id of ['addPm', 'addPo', 'addPerson', 'addTeam', 'addInternal', 'addExternal']) {
      await page.getByTestId(`palette-${id}`).click();
      // The new card is ready to be renamed in place.
      await expect.poll(() => page.locator('.op-rename').count()).toBe(1);
    }
    await page.keyboard.press('Escape');
    const plan = await getPlan(page);
    expect(plan.nodes.map((n) => [n.kind, n.scope ?? null])).toEqual([
      ['pm', null],
      ['po', null],
      ['person', null],
      ['team', null],
      ['stakeholder', 'internal'],
      ['stakeholder', 'external'],
    ]);
    const spots = new Set(plan.nodes.map((n) => `${n.position?.x},${n.position?.y}`));
    expect(spots.size).toBe(6);
    expect(await page.locator('.react-flow__node').count()).toBe(6);
    // Each kind has its own look: PM and PO never share a colour class or label.
    await expect.poll(() => card(page, 'pm-1').locator('.op-card--pm .op-card__kind').textContent()).toBe('PM');
    expect(await card(page, 'po-1').locator('.op-card--po .op-card__kind').textContent()).toBe('PO');
    expect(await card(page, 'stakeholder-2').locator('.op-badge--external').textContent()).toBe('external stakeholder');
    await context.close();
  });

  it('adds nodes with the keyboard and names them in place', async () => {
    const { page, context } = await openApp(browser);
    await startBlank(page);
    await page.locator('.op-canvas').focus();
    await page.keyboard.press('o');
    await page.keyboard.type('Sam Lee');
    await page.keyboard.press('Enter');
    const plan = await getPlan(page);
    expect(plan.nodes).toHaveLength(1);
    expect(plan.nodes[0]).toMatchObject({ kind: 'po', name: 'Sam Lee', title: 'Product Owner' });
    await context.close();
  });

  it('places a PO under the selected PM and a team under the selected PO, connected, one undo step each', async () => {
    const { page, context } = await openApp(browser);
    await startBlank(page);
    await page.getByTestId('palette-addPm').click();
    await page.keyboard.press('Escape'); // ends the rename; the PM stays selected
    await page.getByTestId('palette-addPo').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('palette-addTeam').click();
    await page.keyboard.press('Escape');
    let plan = await getPlan(page);
    expect(plan.edges.map((e) => [e.kind, e.source, e.target])).toEqual([
      ['reports-to', 'po-1', 'pm-1'],
      ['member-of', 'po-1', 'team-1'],
    ]);
    const y = (id: string): number => plan.nodes.find((n) => n.id === id)?.position?.y ?? NaN;
    expect(y('po-1')).toBeGreaterThan(y('pm-1'));
    expect(y('team-1')).toBeGreaterThan(y('po-1'));
    expect(await page.locator('.react-flow__edge').count()).toBe(2);
    // One undo takes the team and its line away together.
    await page.keyboard.press('Control+z');
    plan = await getPlan(page);
    expect(plan.nodes.map((n) => n.id)).toEqual(['pm-1', 'po-1']);
    expect(plan.edges.map((e) => e.kind)).toEqual(['reports-to']);
    await context.close();
  });

  it('places a node where it is dropped', async () => {
    const { page, context } = await openApp(browser);
    await startBlank(page);
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (pane === null) throw new Error('no pane');
    const target = { x: pane.width * 0.3, y: pane.height * 0.7 };
    await page.getByTestId('palette-addTeam').dragTo(page.locator('.react-flow__pane'), { targetPosition: target });
    const plan = await getPlan(page);
    expect(plan.nodes.map((n) => n.kind)).toEqual(['team']);
    const box = await card(page, 'team-1').boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs(box!.x + box!.width / 2 - (pane.x + target.x))).toBeLessThan(4);
    expect(Math.abs(box!.y + box!.height / 2 - (pane.y + target.y))).toBeLessThan(4);
    await context.close();
  });
});
