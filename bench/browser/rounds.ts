/**
 * One round of the browser benchmark: for each plan, the app and the bare page one after the other (the order
 * swaps every round, so neither always runs on the warmer or the quieter machine), each on a fresh page:
 * open + fit + painted, a cold navigation → painted, and for the pan plans the whole plan fitted on screen and
 * a readable view under pan and zoom; then renames on the rename plans.
 */
import type { Browser, Page } from 'playwright-core';
import { bareElements } from './elements';
import { heapUsed, panAndZoom, type FrameStats } from './interaction';
import { openAndWaitPainted, type PaintResult } from './page-probes';
import {
  closePage,
  coldApp,
  coldBare,
  openApp,
  openBare,
  quiet,
  readableView,
  setView,
  STABLE_FRAMES,
  type Subject,
  type Urls,
} from './pages';
import { appRenames, bareRenames, RENAME_RUNS } from './rename';
import type { RenameResult, UpdateTiming } from './rename-probe';

export type Side = 'app' | 'bare';
export type Pane = { readonly width: number; readonly height: number };

/** A plan and what the bench does with it. */
export interface BenchSubject extends Subject {
  /** The pan rows (fitted and readable) run on it. */
  readonly pan: boolean;
}

export interface SideFigures {
  readonly open: PaintResult;
  readonly cold: PaintResult;
  readonly fitted: FrameStats | null;
  readonly readable: FrameStats | null;
  /** JS heap after the rows, after a garbage collection (round 1 only). */
  readonly heap: number | null;
}

export type RoundFigures = Record<Side, SideFigures>;

export interface RenameRound {
  readonly app: RenameResult[];
  readonly bare: UpdateTiming[];
  readonly note: string;
}

export const orderFor = (round: number): Side[] => (round % 2 === 0 ? ['app', 'bare'] : ['bare', 'app']);

/** A fresh page with the plan opened, fitted and painted (the app through File › Open, the bare page by fitView). */
async function openFitted(
  browser: Browser,
  urls: Urls,
  side: Side,
  subject: Subject,
  pane: Pane,
): Promise<{ page: Page; open: PaintResult }> {
  const ids = subject.plan.nodes.map((n) => n.id);
  if (side === 'app') {
    const page = await openApp(browser, urls.app);
    const open = await page.evaluate(openAndWaitPainted, {
      ids,
      target: 'app',
      payload: subject.text,
      stableFrames: STABLE_FRAMES,
    });
    return { page, open };
  }
  const page = await openBare(browser, urls.bare, pane);
  const open = await page.evaluate(openAndWaitPainted, {
    ids,
    target: 'bare',
    payload: { ...bareElements(subject.plan), view: 'fit' },
    stableFrames: STABLE_FRAMES,
  });
  return { page, open };
}

async function sideFigures(
  browser: Browser,
  urls: Urls,
  side: Side,
  subject: BenchSubject,
  pane: Pane,
  withHeap: boolean,
): Promise<SideFigures> {
  const { page, open } = await openFitted(browser, urls, side, subject, pane);
  let fitted: FrameStats | null = null;
  let readable: FrameStats | null = null;
  if (subject.pan) {
    await quiet(page);
    fitted = await panAndZoom(page);
    await setView(page, side, readableView(subject.plan), pane);
    readable = await panAndZoom(page);
  }
  const heap = withHeap ? await heapUsed(page) : null;
  await closePage(page);
  const cold =
    side === 'app' ? await coldApp(browser, urls.app, subject) : await coldBare(browser, urls.bare, pane, subject);
  return { open, cold, fitted, readable, heap };
}

export async function runRound(
  browser: Browser,
  urls: Urls,
  subject: BenchSubject,
  pane: Pane,
  round: number,
): Promise<RoundFigures> {
  const figures: Partial<RoundFigures> = {};
  for (const side of orderFor(round))
    figures[side] = await sideFigures(browser, urls, side, subject, pane, round === 0);
  return figures as RoundFigures;
}

/** Renames at the readable view: the app's card and counts, the bare page's label. */
export async function renameRound(
  browser: Browser,
  urls: Urls,
  subject: Subject,
  pane: Pane,
  round: number,
): Promise<RenameRound> {
  let app: RenameResult[] = [];
  let bare: UpdateTiming[] = [];
  let note = '';
  for (const side of orderFor(round)) {
    const { page } = await openFitted(browser, urls, side, subject, pane);
    await setView(page, side, readableView(subject.plan), pane);
    if (side === 'app') {
      const figures = await appRenames(page, subject.plan, RENAME_RUNS);
      app = figures.runs;
      note = figures.note;
    } else bare = await bareRenames(page, RENAME_RUNS);
    await closePage(page);
  }
  return { app, bare, note };
}
