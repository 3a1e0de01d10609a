/**
 * Keyboard only: cards made with the palette's keys, every kind of line made and removed in the inspector, the
 * arrow keys moving between cards (Shift nudging), Tab following the chart, and a focus ring you can see.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, getPlan, getSelection, nodeById, openApp, startBlank } from './helpers';

interface Focused {
  readonly testId?: string;
  readonly label?: string;
  readonly card?: string;
}

/** What has the keyboard focus: a test id, an aria-label, or a card's id (run in the page, hence a string). */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate<Focused>(`(() => {
    const element = document.activeElement;
    return {
      testId: element?.dataset?.testid,
      label: element?.getAttribute('aria-label') ?? undefined,
      card: element?.closest('.react-flow__node')?.dataset.id,
    };
  })()`);
}

/** Presses Tab until the focus is on the element with this test id or aria-label (as a user tabbing would). */
async function tabTo(page: Page, target: { testId?: string; label?: string }): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const now = await focused(page);
    if (
      (target.testId !== undefined && now.testId === target.testId) ||
      (target.label !== undefined && now.label === target.label)
    )
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** F6 until the focus is in the panel `region` (canvas, inspector...). */
async function toRegion(page: Page, region: string): Promise<void> {
  for (let i = 0; i < 8; i++) {
    const inside = await page.evaluate(
      `document.activeElement?.closest('[data-region]')?.dataset.region === ${JSON.stringify(region)}`,
    );
    if (inside) return;
    await page.keyboard.press('F6');
  }
  throw new Error(`F6 never reached ${region}`);
}

/** Types into the focused picker and picks the first match with Enter. */
async function pick(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** WCAG relative luminance of a computed "rgb(r, g, b)" colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const lines = async (page: Page) => (await getPlan(page)).edges.map((e) => [e.kind, e.source, e.target]);

describe('the keyboard alone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('makes a PO and a PM, connects them in the inspector, engages a stakeholder and removes that line', async () => {
    const { page, context } = await openApp(browser);
    await startBlank(page);
    await toRegion(page, 'canvas');
    for (const [key, name] of [
      ['m', 'Dana Park'],
      ['o', 'Lena Schmidt'],
      ['e', 'Acme Corp'],
    ] as const) {
      // Escape twice: nothing selected, so the new card is placed alone (not joined to the last one).
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.keyboard.press(key);
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    expect((await getPlan(page)).nodes.map((n) => n.name)).toEqual(['Dana Park', 'Lena Schmidt', 'Acme Corp']);
    expect(await lines(page)).toEqual([]);

    // Select Lena with Find, then make her report to Dana in the inspector.
    await page.keyboard.press('Control+f');
    await pick(page, 'Lena');
    expect((await getSelection(page)).nodes).toEqual(['po-1']);
    await toRegion(page, 'inspector');
    await tabTo(page, { testId: 'pick-reports-to' });
    await pick(page, 'Dana');
    expect(await lines(page)).toEqual([['reports-to', 'po-1', 'pm-1']]);

    // A refused line is said, not dropped silently: Dana cannot report to Lena, who reports to her.
    await page.keyboard.press('Control+f');
    await pick(page, 'Dana');
    await toRegion(page, 'inspector');
    await tabTo(page, { testId: 'pick-reports-to' });
    await pick(page, 'Lena');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('reporting cycle');
    expect(await lines(page)).toEqual([['reports-to', 'po-1', 'pm-1']]);

    // Dana engages Acme; then the line is removed from the list with Enter on its remove button.
    await tabTo(page, { testId: 'pick-engages' });
    await pick(page, 'Acme');
    expect(await lines(page)).toEqual([
      ['reports-to', 'po-1', 'pm-1'],
      ['engages', 'pm-1', 'stakeholder-1'],
    ]);
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, { label: 'Stop engaging Acme Corp (external stakeholder)' });
    await page.keyboard.press('Enter');
    expect(await lines(page)).toEqual([['reports-to', 'po-1', 'pm-1']]);
    await context.close();
  });

  it('moves between cards with the arrow keys, shows a focus ring, nudges with Shift, and tabs in chart order', async () => {
    const { page, context } = await openApp(browser);
    await toRegion(page, 'canvas');
    // From the canvas itself the arrows start at the top card: the CPO.
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).card).toBe('cpo');
    const ring = await page.evaluate(
      '(() => { const s = getComputedStyle(document.activeElement); return { width: s.outlineWidth, style: s.outlineStyle }; })()',
    );
    expect(ring).toEqual({ width: '3px', style: 'solid' });
    // Screen readers hear what the keys do now (React Flow's default said the arrows move the card).
    const description = await page.evaluate<string>(
      "document.getElementById(document.activeElement.getAttribute('aria-describedby'))?.textContent ?? ''",
    );
    expect(description).toContain('arrow keys go to the nearest card');
    const plan = await getPlan(page);
    const top = nodeById(plan, 'cpo').position?.y ?? 0;
    await page.keyboard.press('ArrowDown');
    const below = (await focused(page)).card ?? '';
    expect((nodeById(plan, below).position?.y ?? 0) > top).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).card).toBe('cpo');

    // Enter selects the focused card; Shift+arrow nudges it one grid step, one undo step.
    await page.keyboard.press('Enter');
    expect((await getSelection(page)).nodes).toEqual(['cpo']);
    const x = nodeById(plan, 'cpo').position?.x ?? 0;
    await page.keyboard.press('Shift+ArrowRight');
    expect(nodeById(await getPlan(page), 'cpo').position?.x).toBe(x + 20);
    expect((await focused(page)).card).toBe('cpo');
    await page.keyboard.press('Control+z');
    expect(nodeById(await getPlan(page), 'cpo').position?.x).toBe(x);

    // Tab goes on in reading order: each next card is on the same row further right, or on a lower row.
    const order = [(await focused(page)).card ?? ''];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      // A card's own controls (its collapse toggle) come right after it: the same card again.
      const card = (await focused(page)).card;
      if (card !== undefined && card !== order.at(-1)) order.push(card);
    }
    const rows = order.map((id) => {
      const node = nodeById(plan, id);
      return { row: Math.floor(((node.position?.y ?? 0) + 42) / 84), x: node.position?.x ?? 0 };
    });
    expect(order.length).toBeGreaterThan(3);
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]!;
      const b = rows[i]!;
      expect(a.row < b.row || (a.row === b.row && a.x < b.x), `${order[i - 1]} then ${order[i]}`).toBe(true);
    }
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'draws the focus ring at 3:1 or more against the canvas (%s theme)',
    async (scheme) => {
      const { page, context } = await openApp(browser, { colorScheme: scheme });
      await toRegion(page, 'canvas');
      await page.keyboard.press('ArrowRight');
      expect((await focused(page)).card).toBeDefined();
      const colours = await page.evaluate<{ ring: string; canvas: string }>(
        `({ ring: getComputedStyle(document.activeElement).outlineColor,
          canvas: getComputedStyle(document.querySelector('.react-flow.op-flow')).backgroundColor })`,
      );
      expect(contrast(colours.ring, colours.canvas), JSON.stringify(colours)).toBeGreaterThanOrEqual(3);
      await context.close();
    },
  );
});
