/**
 * The compare view's pan row (issue 17): org-1516 opened in the app, then compared with a changed copy of itself
 * (test/e2e/former-plan.ts: 40 people removed, 40 renamed, 40 under other managers) through the test hook, as
 * "Compare with… › A plan file" does once the file is read; then pan and zoom at the readable view the pan rows
 * use. Beside it the same app page without the compare view, at the same view (same centre and zoom; the changes
 * panel narrows the canvas, so the pane is read after it opens). The two sides swap their order every round.
 * The issue sets no target: the ratio compare / plain is printed.
 */
import type { Browser } from 'playwright-core';
import { serializePlan } from '@shared/format/serialize';
import { formerPlan } from '../../test/e2e/former-plan';
import { median } from '../measure';
import { panAndZoom, type FrameStats } from './interaction';
import { openAndWaitPainted, readView } from './page-probes';
import { closePage, openApp, quiet, readableView, setView, STABLE_FRAMES, type Subject } from './pages';
import { ONE_FRAME, ratio, spread } from './report';

type CompareSide = 'compare' | 'plain';

export interface CompareRound {
  readonly compare: FrameStats;
  readonly plain: FrameStats;
  /** The counts the changes panel shows, e.g. "Removed 40, Renamed 40, Moved 40". */
  readonly counts: string;
}

const FORMER_FILE = 'former.orgplan.json';

/** The text of the changed copy compared with. */
export const formerText = (subject: Subject): string => serializePlan(formerPlan(subject.plan));

async function sideFigures(
  browser: Browser,
  url: string,
  subject: Subject,
  former: string,
  side: CompareSide,
): Promise<{ stats: FrameStats; counts: string }> {
  const page = await openApp(browser, url);
  await page.evaluate(openAndWaitPainted, {
    ids: subject.plan.nodes.map((n) => n.id),
    target: 'app',
    payload: subject.text,
    stableFrames: STABLE_FRAMES,
  });
  let counts = '';
  if (side === 'compare') {
    await page.evaluate(
      ({ text, fileName }) => {
        const hook = (
          window as unknown as { __orgPlannerTest: { compareWithPlanText(text: string, fileName: string): void } }
        ).__orgPlannerTest;
        hook.compareWithPlanText(text, fileName);
      },
      { text: former, fileName: FORMER_FILE },
    );
    const panel = page.getByTestId('compare-counts');
    await panel.waitFor();
    counts = (await panel.locator('[data-kind]').allTextContents()).join(', ');
    await quiet(page);
  }
  const { width, height } = await page.evaluate(readView);
  await setView(page, 'app', readableView(subject.plan), { width, height });
  const stats = await panAndZoom(page);
  await closePage(page);
  return { stats, counts };
}

/** One round: the app with and without the compare view, each on a fresh page, in the round's order. */
export async function compareRound(
  browser: Browser,
  url: string,
  subject: Subject,
  former: string,
  round: number,
): Promise<CompareRound> {
  const order: CompareSide[] = round % 2 === 0 ? ['compare', 'plain'] : ['plain', 'compare'];
  const figures: Partial<Record<CompareSide, FrameStats>> = {};
  let counts = '';
  for (const side of order) {
    const result = await sideFigures(browser, url, subject, former, side);
    figures[side] = result.stats;
    if (side === 'compare') counts = result.counts;
  }
  return { compare: figures.compare as FrameStats, plain: figures.plain as FrameStats, counts };
}

export const COMPARE_HEADER = [
  'plan',
  'compare p95 ms',
  'plain p95 ms',
  'compare / plain p95',
  'target',
  'compare median ms',
  'plain median ms',
  'frames that moved the view compare; plain',
  'cards in DOM compare / plain',
  'changes panel',
  'machine',
];

export function compareRow(plan: string, rounds: readonly CompareRound[]): string {
  const compare = rounds.map((r) => r.compare);
  const plain = rounds.map((r) => r.plain);
  const r = ratio(
    compare.map((s) => s.p95),
    plain.map((s) => s.p95),
  );
  const moved = (stats: readonly FrameStats[]): string =>
    `${median(stats.map((s) => s.moved))} / ${median(stats.map((s) => s.frames))}`;
  const cards = `${median(compare.map((s) => s.cards))} / ${median(plain.map((s) => s.cards))}`;
  const busy = plain.filter((s) => s.p95 > ONE_FRAME).length;
  const machine = busy === 0 ? 'quiet' : `busy (plain missed frames in ${busy} of ${plain.length} rounds)`;
  return `| ${plan} | ${spread(compare.map((s) => s.p95))} | ${spread(plain.map((s) => s.p95))} | ${r.text} | no target | ${spread(compare.map((s) => s.median))} | ${spread(plain.map((s) => s.median))} | ${moved(compare)}; ${moved(plain)} | ${cards} | ${rounds.at(-1)?.counts ?? ''} | ${machine} |`;
}
