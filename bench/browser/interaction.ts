/**
 * Pan and zoom: frame times (requestAnimationFrame deltas) during a script of
 * real mouse drags and wheel ticks, app and bare page side by side, at the
 * zoom the plan opens with and fitted; and the JS heap after it.
 */
import type { Browser, Page } from 'playwright-core';
import { median } from '../measure';
import { bareElements, toCenter } from './elements';
import {
  emptyPanePoint,
  openAndWaitPainted,
  readView,
  startFrameLog,
  stopFrameLog,
  type PaintArgs,
  type ViewState,
} from './page-probes';
import {
  closePage,
  openApp,
  openBare,
  percentile,
  settle,
  STABLE_FRAMES,
  viewSettled,
  WINDOW,
  type Subject,
  type Urls,
} from './pages';

export const INTERACTION_SECONDS = 3;

/** A scripted pan and zoom: drags on the empty pane and wheel ticks in and out, for a few seconds. */
export async function panAndZoom(page: Page): Promise<number[]> {
  const start = await page.evaluate(emptyPanePoint);
  const at = start ?? { x: WINDOW.width / 2, y: WINDOW.height / 2 };
  await page.evaluate(startFrameLog);
  const until = Date.now() + INTERACTION_SECONDS * 1000;
  let round = 0;
  while (Date.now() < until) {
    const dx = round % 2 === 0 ? 240 : -240;
    const dy = round % 2 === 0 ? 120 : -120;
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + dx, at.y + dy, { steps: 20 });
    await page.mouse.move(at.x, at.y, { steps: 20 });
    await page.mouse.up();
    // In, then out again at the same point: every round ends at the view it started from. Always in first: at
    // the minimum zoom (a fitted large plan) ticks out do nothing, and out-then-in would drift the zoom upwards.
    for (let tick = 0; tick < 6; tick++) await page.mouse.wheel(0, -100);
    for (let tick = 0; tick < 6; tick++) await page.mouse.wheel(0, 100);
    round++;
  }
  await page.mouse.move(at.x, at.y);
  await settle(page, 100);
  const frames = await page.evaluate(stopFrameLog);
  return frames.slice(1);
}

export interface FrameStats {
  readonly median: number;
  readonly p95: number;
  readonly frames: number;
  readonly zoom: number;
  /** Cards in the DOM when the view is back where it started. */
  readonly cards: number;
}

/** Pans and zooms for a few seconds; the frame-time figures, the zoom and how many cards the DOM held. */
async function interact(page: Page): Promise<FrameStats> {
  const view = await page.evaluate(readView);
  const frames = await panAndZoom(page);
  const cards = await page.evaluate(() => document.querySelectorAll('.react-flow__node').length);
  return { median: median(frames), p95: percentile(frames, 95), frames: frames.length, zoom: view.zoom, cards };
}

export interface AppFrames {
  /** Whether the app shows its minimap for this plan as shipped (it hides it above 1,000 nodes). */
  readonly minimapByDefault: boolean;
  readonly atLoad: FrameStats;
  /** With the minimap toggled by Shift+M from its default (hidden if shown, shown if hidden). */
  readonly atLoadToggled: FrameStats;
  readonly fitted: FrameStats;
  readonly fittedToggled: FrameStats;
}

export interface Interaction {
  readonly app: AppFrames;
  readonly bare: { readonly atLoad: FrameStats; readonly fitted: FrameStats };
}
/** The app's minimap setting, toggled with its shortcut (Shift+M) from the canvas. */
async function toggleMinimap(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+KeyM');
  await settle(page);
}

/** A full garbage collection, so a row does not pay for the garbage the steps before it left. */
async function collectGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  await settle(page, 100);
}

const minimapShown = async (page: Page): Promise<boolean> => (await page.locator('.react-flow__minimap').count()) > 0;

interface AppPageRows {
  readonly minimapByDefault: boolean;
  readonly atLoad: FrameStats;
  readonly fitted: FrameStats;
  readonly fittedView: ViewState;
  readonly heap: number;
}

/**
 * One fresh app page per minimap setting (as shipped, or toggled with Shift+M before anything is measured):
 * showing and hiding the minimap on one page would leave thousands of unmounted minimap nodes for the garbage
 * collector to find during the next row.
 */
async function appRows(browser: Browser, url: string, open: PaintArgs, toggled: boolean): Promise<AppPageRows> {
  const page = await openApp(browser, url);
  await page.evaluate(openAndWaitPainted, open);
  await settle(page);
  const minimapByDefault = await minimapShown(page);
  if (toggled) {
    await toggleMinimap(page);
    if ((await minimapShown(page)) === minimapByDefault) throw new Error('Shift+M did not toggle the minimap');
  }
  await collectGarbage(page);
  const atLoad = await interact(page);
  await page.keyboard.press('Shift+Digit1');
  const fittedView = await viewSettled(page);
  await collectGarbage(page);
  const fitted = await interact(page);
  const heap = await heapUsed(page);
  await closePage(page);
  return { minimapByDefault, atLoad, fitted, fittedView, heap };
}

export async function measureInteraction(
  browser: Browser,
  urls: Urls,
  subject: Subject,
  appView: ViewState,
): Promise<{ interaction: Interaction; heap: { app: number; bare: number } }> {
  const ids = subject.plan.nodes.map((n) => n.id);
  const open: PaintArgs = { ids, target: 'app', payload: subject.text, stableFrames: STABLE_FRAMES };
  const shipped = await appRows(browser, urls.app, open, false);
  const toggled = await appRows(browser, urls.app, open, true);

  const barePage = await openBare(browser, urls.bare, appView);
  await barePage.evaluate(openAndWaitPainted, {
    ids,
    target: 'bare',
    payload: { ...bareElements(subject.plan), view: toCenter(appView) },
    stableFrames: STABLE_FRAMES,
  });
  await settle(barePage);
  await collectGarbage(barePage);
  const bareAtLoad = await interact(barePage);
  await barePage.evaluate((view) => {
    (window as unknown as { __bareSetView: (v: unknown) => void }).__bareSetView(view);
  }, toCenter(shipped.fittedView));
  await viewSettled(barePage);
  await collectGarbage(barePage);
  const bareFitted = await interact(barePage);
  const bareHeap = await heapUsed(barePage);
  await closePage(barePage);
  return {
    interaction: {
      app: {
        minimapByDefault: shipped.minimapByDefault,
        atLoad: shipped.atLoad,
        atLoadToggled: toggled.atLoad,
        fitted: shipped.fitted,
        fittedToggled: toggled.fitted,
      },
      bare: { atLoad: bareAtLoad, fitted: bareFitted },
    },
    heap: { app: shipped.heap, bare: bareHeap },
  };
}

/** JS heap in use after a full garbage collection (CDP), in bytes. */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize;
}
