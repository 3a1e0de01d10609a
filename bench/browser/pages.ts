/** Pages the browser benchmark drives: the app and the bare React Flow page, fresh per measurement. */
import type { Browser, Page } from 'playwright-core';
import type { Plan } from '@shared/model/types';
import { nodeSize } from '@shared/view/card-size';
import { bareElements, type BareView } from './elements';
import { openAndWaitPainted, readView, type PaintResult, type ViewState } from './page-probes';

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

const appReady = (): boolean => {
  const hook = (window as unknown as { __orgPlannerTest?: { canvasReady(): boolean } }).__orgPlannerTest;
  return hook !== undefined && hook.canvasReady() && document.querySelectorAll('.react-flow__node').length > 0;
};

export async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await newPage(browser, url);
  await page.waitForFunction(appReady);
  await settle(page);
  return page;
}

/** The pane size of the app's canvas in the bench window (the bare page gets the same). */
export async function appPane(browser: Browser, url: string): Promise<{ width: number; height: number }> {
  const page = await openApp(browser, url);
  const { width, height } = await page.evaluate(readView);
  await closePage(page);
  return { width, height };
}

/**
 * A cold start: navigation to the app, then, as soon as its canvas is there, the plan opened as File › Open
 * does; the time runs from the start of the navigation to the painted, fitted plan.
 */
export async function coldApp(browser: Browser, url: string, subject: Subject): Promise<PaintResult> {
  const context = await browser.newContext({ viewport: WINDOW });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(appReady, undefined, { polling: 'raf' });
  const ids = subject.plan.nodes.map((n) => n.id);
  const result = await page.evaluate(openAndWaitPainted, {
    ids,
    target: 'app',
    payload: subject.text,
    stableFrames: STABLE_FRAMES,
    fromNavigation: true,
  });
  await context.close();
  return result;
}

/** A cold start of the bare page (pane sized from the URL), then the plan handed over and fitted. */
export async function coldBare(
  browser: Browser,
  url: string,
  pane: { width: number; height: number },
  subject: Subject,
): Promise<PaintResult> {
  const context = await browser.newContext({ viewport: WINDOW });
  const page = await context.newPage();
  await page.goto(`${url}?w=${pane.width}&h=${pane.height}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => '__bareLoad' in window, undefined, { polling: 'raf' });
  const ids = subject.plan.nodes.map((n) => n.id);
  const result = await page.evaluate(openAndWaitPainted, {
    ids,
    target: 'bare',
    payload: { ...bareElements(subject.plan), view: 'fit' },
    stableFrames: STABLE_FRAMES,
    fromNavigation: true,
  });
  await context.close();
  return result;
}

/** Readable: the zoom at which a card's name, title and level are legible. */
export const READABLE_ZOOM = 0.75;

/** The readable view the pan rows start from: the card nearest the middle of the plan, at the readable zoom. */
export function readableView(plan: Plan): BareView {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of plan.nodes) {
    const p = node.position ?? { x: 0, y: 0 };
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const mx = (minX + maxX) / 2;
  const my = (minY + maxY) / 2;
  let best = { x: mx, y: my, d: Infinity };
  for (const node of plan.nodes) {
    const p = node.position ?? { x: 0, y: 0 };
    const size = nodeSize(node.kind);
    const x = p.x + size.width / 2;
    const y = p.y + size.height / 2;
    const d = Math.hypot(x - mx, y - my);
    if (d < best.d) best = { x, y, d };
  }
  return { centerX: best.x, centerY: best.y, zoom: READABLE_ZOOM };
}

/** Moves the app's or the bare page's view at once and lets it paint. */
export async function setView(
  page: Page,
  side: 'app' | 'bare',
  view: BareView,
  pane: { width: number; height: number },
): Promise<void> {
  if (side === 'app') {
    const topLeft = {
      x: view.centerX - pane.width / 2 / view.zoom,
      y: view.centerY - pane.height / 2 / view.zoom,
      zoom: view.zoom,
    };
    await page.evaluate((v) => {
      const hook = (window as unknown as { __orgPlannerTest: { setView(view: unknown): void } }).__orgPlannerTest;
      hook.setView(v);
    }, topLeft);
  } else
    await page.evaluate((v) => {
      (window as unknown as { __bareSetView: (view: unknown) => void }).__bareSetView(v);
    }, view);
  await settle(page);
  await quiet(page);
}

/**
 * Waits (at most 5 s) for 5 frames in a row within 20 ms of each other: leaving the fitted view unmounts thousands
 * of cards, and the next row should time pan and zoom, not that clean-up.
 */
export async function quiet(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const start = performance.now();
        let last = start;
        let calm = 0;
        const tick = (now: number): void => {
          calm = now - last <= 20 ? calm + 1 : 0;
          last = now;
          if (calm >= 5 || now - start > 5000) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
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
