/**
 * `--only=whole`: row 3 for the app alone (the bare page's fitted pan takes a second or more per frame at 5,000,
 * which makes row 3 slow to iterate on), and the crossing from the whole-org overview back to the cards, which no
 * other row times. Per round and plan, on a fresh page: the plan opened and fitted, row 3's pan and zoom; then the
 * view at zoom 0.5 on the middle of the plan (the overview still shown: cards 110 px wide, below the 120 px at
 * which the cards come back) and six wheel ticks in on the fixed 60 Hz clock, through the threshold to about 0.76:
 * the frames from the first tick until the overview was gone and the cards in the DOM stopped changing for six
 * frames (the longest of those is what a user sees as the crossing's hitch), and the longest frame in the 1.5 s
 * from the first tick (which includes work the app defers until the view rests).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { median } from '../measure';
import { panAndZoom, type FrameStats } from './interaction';
import { openAndWaitPainted, startFrameLog, stopFrameLog } from './page-probes';
import { closePage, openApp, quiet, readableView, setView, STABLE_FRAMES, type Subject, type Urls } from './pages';
import { spread } from './report';

/** Cards 110 px wide: the overview is still shown (it gives way above 120 px). */
const BELOW_CROSSING_ZOOM = 0.5;
const TICKS = 6;
const WHEEL_DELTA = 50;
/** Frames are logged this long from the first tick, past any work deferred until the view rests. */
const WINDOW_MS = 1500;

export interface CrossingStats {
  /** The longest frame from the first tick to the cards settled. */
  readonly longest: number;
  /** The longest frame in the WINDOW_MS from the first tick: includes work deferred until the view rests. */
  readonly longestInWindow: number;
  /** From the first tick until the cards in the DOM last changed (they then stayed for six frames). */
  readonly settledMs: number;
  readonly cards: number;
}

export interface WholeRound {
  readonly fitted: FrameStats;
  readonly crossing: CrossingStats;
}

/**
 * In the page: waits until the overview's canvas is gone and the number of cards in the DOM is non-zero and
 * unchanged for `frames` frames.
 */
function cardsSettled(frames: number): Promise<{ at: number; cards: number }> {
  return new Promise((done) => {
    const start = performance.now();
    let last = -1;
    let changedAt = start;
    let same = 0;
    const tick = (now: number): void => {
      // The overview's canvas gone: the app may create the cards under it over a few frames.
      const covered = document.querySelector('canvas.op-overview') !== null;
      const cards = covered ? -1 : document.querySelectorAll('.react-flow__node').length;
      if (cards !== last) {
        last = cards;
        changedAt = now;
        same = 0;
      } else same++;
      if ((cards > 0 && same >= frames) || now - start > 10_000) done({ at: changedAt, cards });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function wheelIn(cdp: CDPSession, at: { x: number; y: number }): Promise<void> {
  const sent: Promise<unknown>[] = [];
  const start = performance.now();
  for (let i = 0; i < TICKS; i++) {
    const wait = start + (i * 1000) / 60 - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(
      cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: at.x, y: at.y, deltaX: 0, deltaY: -WHEEL_DELTA }),
    );
  }
  await Promise.all(sent);
}

export async function crossing(
  page: Page,
  subject: Subject,
  pane: { width: number; height: number },
): Promise<CrossingStats> {
  await setView(page, 'app', { ...readableView(subject.plan), zoom: BELOW_CROSSING_ZOOM }, pane);
  const at = await page.evaluate(() => {
    const rect = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
    return rect === undefined ? { x: 400, y: 400 } : { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(at.x, at.y);
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(startFrameLog);
  const start = await page.evaluate(() => performance.now());
  const settled = page.evaluate(cardsSettled, STABLE_FRAMES);
  await wheelIn(cdp, at);
  const { at: settledAt, cards } = await settled;
  const settledFrames = await page.evaluate(() => (window as unknown as { __frames: unknown[] }).__frames.length);
  await page.waitForTimeout(Math.max(0, start + WINDOW_MS - (await page.evaluate(() => performance.now()))));
  const frames = await page.evaluate(stopFrameLog);
  await cdp.detach();
  const ms = frames.slice(1).map((f) => f.ms);
  return {
    longest: Math.max(0, ...ms.slice(0, settledFrames)),
    longestInWindow: Math.max(0, ...ms),
    settledMs: settledAt - start,
    cards,
  };
}

export async function wholeRound(
  browser: Browser,
  urls: Urls,
  subject: Subject,
  pane: { width: number; height: number },
): Promise<WholeRound> {
  const page = await openApp(browser, urls.app);
  await page.evaluate(openAndWaitPainted, {
    ids: subject.plan.nodes.map((n) => n.id),
    target: 'app',
    payload: subject.text,
    stableFrames: STABLE_FRAMES,
  });
  await quiet(page);
  const fitted = await panAndZoom(page);
  const cross = await crossing(page, subject, pane);
  await closePage(page);
  return { fitted, crossing: cross };
}

export const WHOLE_ONLY_HEADER = [
  'plan',
  'app p95 ms',
  'target p95',
  'app median ms',
  'frames that moved the view',
  'crossing: longest frame to cards settled ms',
  'crossing: longest frame in 1.5 s ms',
  'crossing: first tick → cards settled ms',
  'cards after crossing',
];

export function wholeOnlyRow(plan: string, rounds: readonly WholeRound[], target: number): string {
  const fitted = rounds.map((r) => r.fitted);
  const moved = `${median(fitted.map((s) => s.moved))} / ${median(fitted.map((s) => s.frames))}`;
  return `| ${plan} | ${spread(fitted.map((s) => s.p95))} | ≤ ${target} | ${spread(fitted.map((s) => s.median))} | ${moved} | ${spread(rounds.map((r) => r.crossing.longest))} | ${spread(rounds.map((r) => r.crossing.longestInWindow))} | ${spread(rounds.map((r) => r.crossing.settledMs))} | ${median(rounds.map((r) => r.crossing.cards))} |`;
}
