/** Auto layout: every manager above their reports, teams below their PO, one undo step. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleExamplePlan } from '../../src/shared/example/article-example';
import { serializePlan } from '../../src/shared/format/serialize';
import { moveNodes } from '../../src/shared/edit';
import type { Plan } from '../../src/shared/model/types';
import { connectBrowser, getPlan, nodeById, openApp } from './helpers';

function managersAbove(plan: Plan): boolean {
  return plan.edges
    .filter((e) => e.kind === 'reports-to' || e.kind === 'member-of')
    .every((e) => {
      const upper = e.kind === 'reports-to' ? nodeById(plan, e.target) : nodeById(plan, e.source);
      const lower = e.kind === 'reports-to' ? nodeById(plan, e.source) : nodeById(plan, e.target);
      return upper.position!.y < lower.position!.y;
    });
}

describe('auto layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('puts every manager above their reports, in one undoable step', async () => {
    const { page, context } = await openApp(browser);
    // Messed up: the CPO at the bottom, a PM far left. (Dragging them there on the compact example, which fills the
    // window, dropped the CPO onto a card: a reassignment, not a move.)
    const example = articleExamplePlan();
    const messed = moveNodes(
      example,
      new Map([
        ['cpo', { x: 300, y: 2000 }],
        ['pm-checkout', { x: -900, y: 400 }],
      ]),
    );
    await page.evaluate(`window.__orgPlannerTest.loadPlanText(${JSON.stringify(serializePlan(messed))})`);
    const messy = await getPlan(page);
    expect(managersAbove(messy)).toBe(false);

    await page.getByRole('button', { name: 'Auto layout' }).click();
    const tidy = await getPlan(page);
    expect(managersAbove(tidy)).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await getPlan(page)).toEqual(messy);
    await page.keyboard.press('Shift+L');
    expect(await getPlan(page)).toEqual(tidy);
    await context.close();
  });
});
