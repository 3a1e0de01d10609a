/**
 * The browser benchmark's tables: per target a row per plan with the app's and the bare page's medians over
 * the rounds, their ranges, and the ratio app / bare (of the medians, with the range of the per-round ratios),
 * with PASS or MISS against the target.
 */
import { median } from '../measure';
import type { FrameStats } from './interaction';
import type { UpdateTiming } from './rename-probe';
import type { RenameRound, RoundFigures } from './rounds';

/** rAF deltas at 60 Hz jitter around 16.7 ms (16.6–16.8): within this of a whole number of frames is that many. */
const FRAME_JITTER = 0.5;
/** A bare p95 above one frame (with its jitter) means the bare page itself missed frames. */
export const ONE_FRAME = 16.7 + FRAME_JITTER;

const f1 = (n: number): string => n.toFixed(1);
const f2 = (n: number): string => n.toFixed(2);

/** "median [min–max]" of the values. */
export function spread(values: readonly number[], digits = f1): string {
  if (values.length === 0) return '—';
  return `${digits(median(values))} [${digits(Math.min(...values))}–${digits(Math.max(...values))}]`;
}

/** The ratio of the medians, and the range of the per-round ratios. */
export function ratio(app: readonly number[], bare: readonly number[]): { value: number; text: string } {
  const value = median(app) / median(bare);
  const perRound = app.map((a, i) => a / (bare[i] as number));
  return { value, text: `**${f2(value)}** [${f2(Math.min(...perRound))}–${f2(Math.max(...perRound))}]` };
}

const verdict = (value: number, target: number): string => (value <= target ? 'PASS' : 'MISS');

export function printTable(header: readonly string[], rows: readonly string[]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const row of rows) console.log(row);
}

export const OPEN_HEADER = ['plan', 'app ms', 'bare ms', 'app / bare', 'target ≤ 1.5', 'cards painted app / bare'];
export const COLD_HEADER = ['plan', 'app ms', 'bare ms', 'app / bare'];

export function openRow(plan: string, rounds: readonly RoundFigures[], cold: boolean): string {
  const pick = (side: 'app' | 'bare'): number[] => rounds.map((r) => (cold ? r[side].cold : r[side].open).ms);
  const app = pick('app');
  const bare = pick('bare');
  const r = ratio(app, bare);
  const timedOut = rounds.some((x) => x.app.open.timedOut || x.bare.open.timedOut) ? ' (a run timed out)' : '';
  if (cold) return `| ${plan} | ${spread(app)} | ${spread(bare)} | ${r.text}${timedOut} |`;
  const appCards = rounds.every((x) => x.app.open.overview)
    ? 'overview layer'
    : String(median(rounds.map((x) => x.app.open.visible)));
  const cards = `${appCards} / ${median(rounds.map((x) => x.bare.open.visible))}`;
  return `| ${plan} | ${spread(app)} | ${spread(bare)} | ${r.text} | ${verdict(r.value, 1.5)}${timedOut} | ${cards} |`;
}

/** How many rounds the bare page itself missed frames in: the machine, not the app, was slow then. */
function busyNote(bare: readonly FrameStats[]): string {
  const busy = bare.filter((s) => s.p95 > ONE_FRAME).length;
  return busy === 0 ? 'quiet' : `machine busy (bare missed frames in ${busy} of ${bare.length} rounds)`;
}

/** Drags whose press landed on a card or a line instead of the empty pane: those rounds timed something else. */
function offPaneNote(app: readonly FrameStats[], bare: readonly FrameStats[]): string {
  const count = (stats: readonly FrameStats[]): number => stats.reduce((n, s) => n + s.offPane.length, 0);
  const a = count(app);
  const b = count(bare);
  return a + b === 0 ? '' : `; drags that pressed a card or line: app ${a}, bare ${b}`;
}

const movedText = (stats: readonly FrameStats[]): string =>
  `${median(stats.map((s) => s.moved))} / ${median(stats.map((s) => s.frames))}`;

export const PAN_HEADER = [
  'plan',
  'app p95 ms',
  'bare p95 ms',
  'app / bare p95',
  'target ≤ 1.0',
  'app median ms',
  'bare median ms',
  'frames that moved the view app; bare',
  'cards in DOM app / bare',
  'machine',
];

export function panRow(plan: string, rounds: readonly RoundFigures[], which: 'readable' | 'fitted'): string {
  const stats = (side: 'app' | 'bare'): FrameStats[] => rounds.flatMap((r) => r[side][which] ?? []);
  const app = stats('app');
  const bare = stats('bare');
  const r = ratio(
    app.map((s) => s.p95),
    bare.map((s) => s.p95),
  );
  const cards = `${median(app.map((s) => s.cards))} / ${median(bare.map((s) => s.cards))}`;
  // Target ratio ≤ 1.0, read in whole frames: an app p95 within the rAF jitter of bare's (16.8 against 16.7) is
  // the same number of frames, as for row 3's absolute targets.
  const met = verdict(median(app.map((s) => s.p95)), median(bare.map((s) => s.p95)) + FRAME_JITTER);
  return `| ${plan} | ${spread(app.map((s) => s.p95))} | ${spread(bare.map((s) => s.p95))} | ${r.text} | ${met} | ${spread(app.map((s) => s.median))} | ${spread(bare.map((s) => s.median))} | ${movedText(app)}; ${movedText(bare)} | ${cards} | ${busyNote(bare)}${offPaneNote(app, bare)} |`;
}

export const WHOLE_HEADER = [
  'plan',
  'app p95 ms',
  'target p95',
  'met',
  'bare p95 ms',
  'app / bare p95',
  'cards in DOM app / bare',
  'machine',
];

export function wholeRow(plan: string, rounds: readonly RoundFigures[], target: number): string {
  const stats = (side: 'app' | 'bare'): FrameStats[] => rounds.flatMap((r) => r[side].fitted ?? []);
  const app = stats('app');
  const bare = stats('bare');
  const p95 = median(app.map((s) => s.p95));
  const r = ratio(
    app.map((s) => s.p95),
    bare.map((s) => s.p95),
  );
  const cards = `${median(app.map((s) => s.cards))} / ${median(bare.map((s) => s.cards))}`;
  // The absolute targets are whole frames (one at 1,516, two at 5,000): a p95 of 16.8 ms is one frame.
  return `| ${plan} | ${spread(app.map((s) => s.p95))} | ≤ ${target} | ${verdict(p95, target + FRAME_JITTER)} | ${spread(bare.map((s) => s.p95))} | ${r.text} | ${cards} | ${busyNote(bare)} |`;
}

export const RENAME_HEADER = [
  'plan',
  'app: Enter → counts updated + layout ms',
  'app: Enter → name on card + layout ms',
  'bare: Enter → label + layout ms',
  'app counts / bare label',
  'full checkPlan ms (Node)',
  'counts / checkPlan',
  'target',
  'note',
];

const work = (t: UpdateTiming): number => t.updateMs + t.layoutMs;

export function renameRow(plan: string, rounds: readonly RenameRound[], checkMs: number, target: number): string {
  const runs = rounds.flatMap((r) => r.app);
  const counts = runs.flatMap((r) => (r.counts === null ? [] : [work(r.counts)]));
  const cards = runs.map((r) => work(r.card));
  const bare = rounds.flatMap((r) => r.bare.map(work));
  const note = rounds.at(-1)?.note ?? '';
  if (counts.length < runs.length)
    return `| ${plan} | counts changed in ${counts.length} of ${runs.length} renames | ${spread(cards)} | ${spread(bare)} | — | ${f1(checkMs)} | — | ≤ ${target} | ${note} |`;
  const toBare = median(counts) / median(bare);
  const toCheck = median(counts) / checkMs;
  return `| ${plan} | ${spread(counts)} | ${spread(cards)} | ${spread(bare)} | **${f2(toBare)}** | ${f1(checkMs)} | **${f2(toCheck)}** | ≤ ${target}: ${verdict(toCheck, target)} | ${note} |`;
}
