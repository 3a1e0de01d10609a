/** Pages the browser benchmark drives: the app and the bare React Flow page, fresh per measurement. */
import type { Browser, Page } from 'playwright-core';
import type { Plan } from '@shared/model/types';
import { readView, type ViewState } from './page-probes';

export const WINDOW = { width: 1440, height: 900 };
/** Frames a count must stay unchanged before a paint counts as final. */
export const STABLE_FRAMES = 6;

/** A plan the bench opens: its label in the tables, the plan and its serialized text. */
export interface Subject {
  readonly label: string;
  readonly plan: Plan;
  readonly text: string;
}

export interface Urls {
  readonly app: string;
  readonly bare: string;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export async function newPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: WINDOW });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

export async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await newPage(browser, url);
  await page.waitForFunction(
    () => '__orgPlannerTest' in window && document.querySelectorAll('.react-flow__node').length > 0,
  );
  await settle(page);
  return page;
}

/** The bare page with React Flow mounted, empty, in a pane of the app's canvas size. */
export async function openBare(browser: Browser, url: string, pane: { width: number; height: number }): Promise<Page> {
  const page = await newPage(browser, url);
  await page.waitForFunction(() => '__bareSetup' in window);
  await page.evaluate(({ width, height }) => {
    (window as unknown as { __bareSetup: (w: number, h: number) => void }).__bareSetup(width, height);
  }, pane);
  await page.waitForFunction(() => '__bareLoad' in window && document.querySelector('.react-flow__viewport') !== null);
  await settle(page);
  return page;
}

/** Lets the page go idle: a pause, then two frames. */
export async function settle(page: Page, ms = 300): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            done();
          });
        });
      }),
  );
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** Waits until the viewport stops moving (the fit-view animation is over). */
export async function viewSettled(page: Page): Promise<ViewState> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    await settle(page, 100);
    const view = await page.evaluate(readView);
    const key = JSON.stringify(view);
    if (key === last) return view;
    last = key;
  }
  return page.evaluate(readView);
}
