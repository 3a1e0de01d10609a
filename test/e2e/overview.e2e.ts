/**
 * Semantic zoom: zoomed far out, the cards are plain coloured boxes, the lines plain strokes and there is no dot
 * grid; zooming in brings them back. On a large plan (org-1516, the compact layout) zoomed out, one canvas draws
 * the whole org instead of React Flow's cards (canvas/overview/): clicks, hovers and the arrow keys still work.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../src/shared/csv/import-csv';
import { serializePlan } from '../../src/shared/format/serialize';
import type { Plan, PlanNode } from '../../src/shared/model/types';
import { axeSource, seriousViolations } from './axe';
import { connectBrowser, getSelection, openApp, screenshot } from './helpers';

async function zoom(page: Page): Promise<number> {
  return Number.parseInt((await page.locator('.op-zoom-level').textContent()) ?? '', 10) / 100;
}

/** The computed arrowhead of the first reporting line. */
async function arrowhead(page: Page): Promise<string> {
  return page.evaluate(
    "getComputedStyle(document.querySelector('.react-flow__edge.op-edge--reports-to .react-flow__edge-path')).markerEnd",
  );
}

async function press(page: Page, name: 'Zoom in' | 'Zoom out'): Promise<void> {
  await page.locator(`.op-view-controls button[title^="${name}"]`).click();
  await page.waitForTimeout(400);
}

describe('the zoomed-out overview', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('hides the cards’ text below a quarter zoom and shows it again when zooming in', async () => {
    const { page, context } = await openApp(browser);
    const flow = page.locator('.react-flow.op-flow');
    const name = page.locator('.op-card__name').first();
    // The example opens fitted (about 30%) and readable.
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.25);
    expect(await flow.getAttribute('class')).not.toContain('is-overview');
    expect(await name.isVisible()).toBe(true);
    const overview = async (): Promise<boolean> => ((await flow.getAttribute('class')) ?? '').includes('is-overview');
    for (let i = 0; i < 8 && !(await overview()); i++) await press(page, 'Zoom out');
    expect(await overview()).toBe(true);
    expect(await zoom(page)).toBeLessThanOrEqual(0.25);
    expect(await name.isVisible()).toBe(false);
    expect(await page.locator('.op-card').first().isVisible()).toBe(true);
    // No dot grid either: at this zoom its dots would be a pixel apart, repainted on every frame of a pan.
    expect(await page.locator('.react-flow__background').count()).toBe(0);
    // Lines are plain strokes: no arrowheads (a pixel wide at this zoom), cheaper to paint on every frame.
    expect(await arrowhead(page)).toBe('none');
    await screenshot(page, 'example-overview.png');
    for (let i = 0; i < 8 && (await overview()); i++) await press(page, 'Zoom in');
    expect(await overview()).toBe(false);
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.25);
    expect(await name.isVisible()).toBe(true);
    expect(await page.locator('.react-flow__background').count()).toBe(1);
    expect(await arrowhead(page)).toContain('op-arrow');
    await context.close();
  });
});

const CSV = resolve(import.meta.dirname, '../fixtures/org-1516.csv');

function org1516(): Plan {
  const imported = importCsv(readFileSync(CSV, 'utf8'));
  if (!imported.ok) throw new Error(imported.refusal.kind);
  return imported.plan;
}

/** React Flow's transform, read from the viewport element (it is there even when no card is). */
async function transform(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(`(() => {
    const m = /translate\\(([-\\d.e]+)px, ?([-\\d.e]+)px\\) scale\\(([\\d.e-]+)\\)/.exec(
      document.querySelector('.react-flow__viewport').style.transform);
    return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
  })()`);
}

/** Where a card's centre is on the page, from the plan and the view. */
async function cardCentre(page: Page, node: PlanNode): Promise<{ x: number; y: number }> {
  const view = await transform(page);
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (pane === null || node.position === undefined) throw new Error('no pane or position');
  return {
    x: pane.x + view.x + (node.position.x + 110) * view.zoom,
    y: pane.y + view.y + (node.position.y + 42) * view.zoom,
  };
}

const settle = (page: Page): Promise<void> => page.waitForTimeout(700);

/** The card with the most cards in a view of this size (canvas pixels) around it. */
function busiestCard(plan: Plan, width: number, height: number): PlanNode {
  const centres = plan.nodes.map((n) => ({ node: n, x: (n.position?.x ?? 0) + 110, y: (n.position?.y ?? 0) + 42 }));
  let best = { node: plan.nodes[0] as PlanNode, count: -1 };
  for (const c of centres) {
    let count = 0;
    for (const o of centres)
      if (Math.abs(o.x - c.x) <= (width + 220) / 2 && Math.abs(o.y - c.y) <= (height + 84) / 2) count++;
    if (count > best.count) best = { node: c.node, count };
  }
  return best.node;
}

/** Whether the overview canvas has paint (not the transparent background) at a page point. */
async function paintedAt(page: Page, at: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(`(() => {
    const canvas = document.querySelector('canvas.op-overview');
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const x = Math.round((${at.x} - box.left) * scale);
    const y = Math.round((${at.y} - box.top) * scale);
    return canvas.getContext('2d').getImageData(x, y, 1, 1).data[3] > 0;
  })()`);
}

describe('the whole-org overview of a 1,516-person plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws the fitted org on one canvas, selects by click, and gives back the real cards when zoomed in', async () => {
    const plan = org1516();
    const { page, context } = await openApp(browser);
    await page.evaluate(`window.__orgPlannerTest.loadPlanText(${JSON.stringify(serializePlan(plan))})`);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Digit1');
    await settle(page);
    // Fitted, every card is in view: drawn on the canvas, none in the DOM.
    expect((await transform(page)).zoom).toBeLessThan(0.1);
    expect(await page.locator('canvas.op-overview').isVisible()).toBe(true);
    expect(await page.locator('.react-flow__node').count()).toBeLessThan(10);
    expect(await page.locator('.react-flow__edge').count()).toBeLessThan(10);
    await screenshot(page, 'overview-fitted.png');

    // A click on a person's box selects them: the inspector shows their name.
    const person = plan.nodes.find((n) => n.kind === 'person' && n.id !== plan.nodes[0]?.id) as PlanNode;
    const at = await cardCentre(page, person);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.op-overview-tip').textContent()).toContain(person.name);
    await page.mouse.click(at.x, at.y);
    expect((await getSelection(page)).nodes).toEqual([person.id]);
    await expect.poll(() => page.getByTestId('inspector-name').inputValue()).toBe(person.name);

    // Zoomed in to cards about 80 px wide: still the overview, now with names.
    for (let i = 0; i < 12 && (await transform(page)).zoom < 0.35; i++) {
      await page.locator('.op-view-controls button[title^="Zoom in"]').click();
      await page.waitForTimeout(300);
    }
    const mid = await transform(page);
    expect(mid.zoom * 220).toBeGreaterThanOrEqual(60);
    expect(await page.locator('canvas.op-overview').count()).toBe(1);
    expect(await page.locator('.react-flow__node').count()).toBeLessThan(10);
    await screenshot(page, 'overview-names.png');

    // The arrow keys move a ring over the overview's cards, starting from the selected one.
    await page.keyboard.press('ArrowDown');
    const focused = await page.locator('canvas.op-overview').getAttribute('data-focused-id');
    expect(focused).not.toBeNull();
    expect(focused).not.toBe(person.id);

    // A double click zooms to the person: React Flow's own cards, the same person among them.
    const again = await cardCentre(page, person);
    await page.mouse.dblclick(again.x, again.y);
    await settle(page);
    expect((await transform(page)).zoom).toBeCloseTo(1, 1);
    expect(await page.locator('canvas.op-overview').count()).toBe(0);
    const real = page.locator(`.react-flow__node[data-id="${person.id}"]`);
    expect(await real.isVisible()).toBe(true);
    expect(await real.locator('.op-card__name').textContent()).toBe(person.name);
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(3);
    await screenshot(page, 'overview-zoomed-in.png');
    await context.close();
  });

  it('pans and zooms its drawing with the view, and gives back the cards around the view first', async () => {
    const plan = org1516();
    const { page, context } = await openApp(browser);
    await page.evaluate(`window.__orgPlannerTest.loadPlanText(${JSON.stringify(serializePlan(plan))})`);
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (pane === null) throw new Error('no pane');
    await page.mouse.click(pane.x + 5, pane.y + 5);
    await page.keyboard.press('Shift+Digit1');
    await settle(page);
    const person = plan.nodes.find((n) => n.kind === 'person' && n.id !== plan.nodes[0]?.id) as PlanNode;
    const before = await cardCentre(page, person);
    expect(await paintedAt(page, before)).toBe(true);
    // A drag on the empty pane moves the drawing with the view (a cached bitmap, blitted at the new offset).
    await page.mouse.move(pane.x + 8, pane.y + 8);
    await page.mouse.down();
    await page.mouse.move(pane.x + 158, pane.y + 98, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(100);
    const after = await cardCentre(page, person);
    expect(after.x - before.x).toBeCloseTo(150, 0);
    expect(await paintedAt(page, after)).toBe(true);
    await page.mouse.move(after.x, after.y);
    await expect.poll(() => page.locator('.op-overview-tip').textContent()).toContain(person.name);
    // A wheel zoom on the card: drawn scaled at once, then sharp once the zoom rests; still there, still hit.
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(50);
    expect(await paintedAt(page, await cardCentre(page, person))).toBe(true);
    await settle(page);
    const zoomed = await cardCentre(page, person);
    expect(await paintedAt(page, zoomed)).toBe(true);
    await page.mouse.click(zoomed.x, zoomed.y);
    expect((await getSelection(page)).nodes).toEqual([person.id]);
    expect((await seriousViolations(page, axeSource())).map((f) => f.id)).toEqual([]);

    // Just below the crossing (cards 110 px wide) on the busiest part of the plan, then a wheel tick in: React
    // Flow's cards where the boxes were (a few per frame under the overview), lines included, then the overview
    // gone. Just past the crossing (0.5 × 2^0.14 ≈ 0.55) is the widest view the cards come back at: more cards in
    // it than the app creates in two frames, so the hand-over goes on frame after frame until the overview is gone.
    const busiest = busiestCard(plan, pane.width / 0.55, pane.height / 0.55);
    const half = {
      x: busiest.position!.x + 110 - pane.width / 2 / 0.5,
      y: busiest.position!.y + 42 - pane.height / 2 / 0.5,
    };
    await page.evaluate(`window.__orgPlannerTest.setView(${JSON.stringify({ ...half, zoom: 0.5 })})`);
    await settle(page);
    expect(await page.locator('canvas.op-overview').count()).toBe(1);
    const centre = await cardCentre(page, busiest);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, -70);
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${busiest.id}"]`).count()).toBe(1);
    await expect.poll(() => page.locator('canvas.op-overview').count()).toBe(0);
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(24);
    expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(3);
    // Far away, after the view rested: those cards are there too.
    const last = plan.nodes[plan.nodes.length - 1] as PlanNode;
    await page.waitForTimeout(400);
    const far = { x: last.position!.x + 110 - pane.width / 2, y: last.position!.y + 42 - pane.height / 2, zoom: 1 };
    await page.evaluate(`window.__orgPlannerTest.setView(${JSON.stringify(far)})`);
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${last.id}"]`).count()).toBe(1);
    await context.close();
  });

  it('draws in the dark theme’s colours too, and renaming a card there zooms to the card itself', async () => {
    const plan = org1516();
    const { page, context } = await openApp(browser, { colorScheme: 'dark' });
    await page.evaluate(`window.__orgPlannerTest.loadPlanText(${JSON.stringify(serializePlan(plan))})`);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Digit1');
    await settle(page);
    expect(await page.locator('canvas.op-overview').isVisible()).toBe(true);
    await screenshot(page, 'overview-fitted-dark.png');
    expect((await seriousViolations(page, axeSource())).map((f) => f.id)).toEqual([]);
    // F2 renames in the card, which the overview has none of: the view goes to the card at 100%.
    const person = plan.nodes[plan.nodes.length - 1] as PlanNode;
    const at = await cardCentre(page, person);
    await page.mouse.click(at.x, at.y);
    expect((await getSelection(page)).nodes).toEqual([person.id]);
    await page.keyboard.press('F2');
    await expect.poll(() => page.locator('.op-rename').count()).toBe(1);
    expect((await transform(page)).zoom).toBeCloseTo(1, 1);
    await expect.poll(() => page.locator('canvas.op-overview').count()).toBe(0);
    await context.close();
  });
});
