/**
 * `--profile`: where the time goes, from Chromium's sampling CPU profiler (CDP Profiler domain): an open
 * (File › Open + fit + painted) and a pan and zoom at a readable zoom, app and bare side by side, and the
 * app's renames. Functions are ranked by inclusive time (the samples with the function anywhere on the stack,
 * counted once per sample), each with its own time and its top caller; wrappers that only pass their time on to
 * one callee are left out. Each profile is also written as a
 * .cpuprofile when BENCH_PROFILE_DIR is set (Chromium DevTools opens them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bareElements } from './elements';
import { panAndZoom } from './interaction';
import { openAndWaitPainted } from './page-probes';
import {
  closePage,
  openApp,
  openBare,
  quiet,
  readableView,
  setView,
  STABLE_FRAMES,
  type Subject,
  type Urls,
} from './pages';
import { renameNext, type AroundEnter } from './rename';
import { traced, traceDir } from './trace';
import { traceVariants } from './trace-variants';
import { crossing } from './whole-row';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

interface Ranked {
  readonly key: string;
  readonly inclusive: number;
  readonly self: number;
  readonly caller: string;
}

const TOP = 16;
const PASS_THROUGH = 0.97;
const NOT_FUNCTIONS = new Set(['(root)', '(idle)', '(program)']);

function keyOf(node: ProfileNode): string {
  const frame = node.callFrame;
  if (frame.url === '') return `(${frame.functionName.replace(/^\(|\)$/g, '') || 'anonymous'})`;
  return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
}

/** Inclusive and self time per function over the profiles, with each function's heaviest caller; busy time. */
function rank(profiles: readonly CpuProfile[]): { busy: number; rows: Ranked[] } {
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>();
  let busy = 0;
  const add = (map: Map<string, number>, key: string, dt: number): void => {
    map.set(key, (map.get(key) ?? 0) + dt);
  };
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const leaf = byId.get(samples[i] as number);
      const dt = (deltas[i + 1] ?? 0) / 1000;
      if (leaf === undefined) continue;
      const leafKey = keyOf(leaf);
      if (leafKey === '(idle)') continue;
      if (leafKey !== '(program)') busy += dt;
      add(self, leafKey, dt);
      // Up the stack (a loop over parent links): each function once per sample, its caller where first seen.
      const seen = new Set<string>();
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const node = byId.get(id) as ProfileNode;
        const key = keyOf(node);
        if (seen.has(key)) continue;
        seen.add(key);
        add(inclusive, key, dt);
        const up = parent.get(id);
        if (up === undefined) continue;
        const callerKey = keyOf(byId.get(up) as ProfileNode);
        const forKey = callers.get(key) ?? new Map<string, number>();
        add(forKey, callerKey, dt);
        callers.set(key, forKey);
      }
    }
  }
  // A caller that only passes its time on (a callee has ≥ 97% of its inclusive time) says nothing its callee does
  // not: React's and the scheduler's chains of wrappers would fill the table otherwise.
  const passThrough = new Set<string>();
  for (const [key, forKey] of callers) {
    const top = [...forKey.entries()].sort((x, y) => y[1] - x[1])[0];
    if (top !== undefined && (inclusive.get(key) ?? 0) >= PASS_THROUGH * (inclusive.get(top[0]) ?? Infinity))
      passThrough.add(top[0]);
  }
  const rows = [...inclusive.entries()]
    .filter(([key]) => !NOT_FUNCTIONS.has(key) && !passThrough.has(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([key, ms]) => {
      const top = [...(callers.get(key) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1])[0];
      return { key, inclusive: ms, self: self.get(key) ?? 0, caller: top === undefined ? '' : top[0] };
    });
  return { busy, rows };
}

/** `BENCH_PROFILE_DIR=dir`: each profile is also written there as a .cpuprofile. */
function keep(title: string, profiles: readonly CpuProfile[]): void {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (dir === undefined || dir === '') return;
  mkdirSync(dir, { recursive: true });
  const slug = title
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  profiles.forEach((profile, i) => {
    writeFileSync(join(dir, `${slug}${profiles.length > 1 ? `-${i + 1}` : ''}.cpuprofile`), JSON.stringify(profile));
  });
}

const cell = (text: string): string => `\`${text.replace(/\|/g, '\\|')}\``;

/** App and bare rankings in one table, row by row. */
function sideBySide(title: string, app: readonly CpuProfile[], bare: readonly CpuProfile[]): string {
  const a = rank(app);
  const b = rank(bare);
  const lines = [
    `### ${title}: app ${a.busy.toFixed(0)} ms busy, bare ${b.busy.toFixed(0)} ms busy\n`,
    '| # | app function (bundle:line) | incl ms | self ms | top caller | bare function | incl ms | self ms | top caller |',
    '|---:|---|---:|---:|---|---|---:|---:|---|',
  ];
  for (let i = 0; i < TOP; i++) {
    const x = a.rows[i];
    const y = b.rows[i];
    const side = (r: Ranked | undefined): string =>
      r === undefined
        ? ' | | | '
        : `${cell(r.key)} | ${r.inclusive.toFixed(1)} | ${r.self.toFixed(1)} | ${cell(r.caller)}`;
    if (x === undefined && y === undefined) break;
    lines.push(`| ${i + 1} | ${side(x)} | ${side(y)} |`);
  }
  return lines.join('\n');
}

async function profiledValue<T>(page: Page, work: () => Promise<T>): Promise<{ profile: CpuProfile; value: T }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const value = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  return { profile, value };
}

const profiled = async (page: Page, work: () => Promise<unknown>): Promise<CpuProfile> =>
  (await profiledValue(page, work)).profile;

const rankedTable = (title: string, profiles: readonly CpuProfile[]): string => {
  const ranked = rank(profiles);
  return [
    `### ${title}: ${ranked.busy.toFixed(0)} ms busy\n`,
    '| function | incl ms | self ms | top caller |',
    '|---|---:|---:|---|',
    ...ranked.rows.map(
      (r) => `| ${cell(r.key)} | ${r.inclusive.toFixed(1)} | ${r.self.toFixed(1)} | ${cell(r.caller)} |`,
    ),
  ].join('\n');
};

/** `--only=whole --profile`: the app's pan and zoom with the plan fitted (row 3), the app alone. */
export async function profileFittedPan(
  browser: Browser,
  urls: Urls,
  subject: Subject,
  pane: { width: number; height: number },
): Promise<string> {
  const app = await openApp(browser, urls.app);
  const ids = subject.plan.nodes.map((n) => n.id);
  await app.evaluate(openAndWaitPainted, { ids, target: 'app', payload: subject.text, stableFrames: STABLE_FRAMES });
  await quiet(app);
  const pan = await profiled(app, () => panAndZoom(app));
  const cross = await profiled(app, () => crossing(app, subject, pane));
  await closePage(app);
  keep(`${subject.label} app fitted pan`, [pan]);
  keep(`${subject.label} app crossing`, [cross]);
  return [
    `## CPU profile (${subject.label})\n`,
    rankedTable('App: pan and zoom with the plan fitted', [pan]),
    '',
    rankedTable('App: the crossing back to the cards (1.5 s from the first wheel tick)', [cross]),
  ].join('\n');
}

export async function profileApp(
  browser: Browser,
  urls: Urls,
  subject: Subject,
  pane: { width: number; height: number },
): Promise<string> {
  const ids = subject.plan.nodes.map((n) => n.id);
  const view = readableView(subject.plan);
  const app = await openApp(browser, urls.app);
  if (process.env.BENCH_TRACE_ONLY !== undefined) return traceVariants(browser, urls, subject, pane, app);
  const appOpen = await profiled(app, () =>
    app.evaluate(openAndWaitPainted, { ids, target: 'app', payload: subject.text, stableFrames: STABLE_FRAMES }),
  );
  await setView(app, 'app', view, pane);
  const appPan = await profiled(app, () => panAndZoom(app));
  const dir = traceDir();
  const slug = subject.label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const traces: string[] = [];
  if (dir !== undefined) traces.push(...(await traced(browser, app, dir, `${slug}-app-pan`, () => panAndZoom(app))));
  const used = new Set<string>();
  await renameNext(app, subject.plan, used, 0); // warm-up: the first edit compiles the edit paths
  const renames: CpuProfile[] = [];
  const around: AroundEnter = async (enter) => {
    const { profile, value } = await profiledValue(app, enter);
    renames.push(profile);
    return value;
  };
  for (let run = 1; run <= 3; run++) await renameNext(app, subject.plan, used, run, around);
  await closePage(app);
  const bare = await openBare(browser, urls.bare, pane);
  const payload = { ...bareElements(subject.plan), view: 'fit' };
  const bareOpen = await profiled(bare, () =>
    bare.evaluate(openAndWaitPainted, { ids, target: 'bare', payload, stableFrames: STABLE_FRAMES }),
  );
  await setView(bare, 'bare', view, pane);
  const barePan = await profiled(bare, () => panAndZoom(bare));
  if (dir !== undefined) traces.push(...(await traced(browser, bare, dir, `${slug}-bare-pan`, () => panAndZoom(bare))));
  await closePage(bare);
  keep(`${subject.label} app open`, [appOpen]);
  keep(`${subject.label} bare open`, [bareOpen]);
  keep(`${subject.label} app pan`, [appPan]);
  keep(`${subject.label} bare pan`, [barePan]);
  keep(`${subject.label} app renames`, renames);
  return [
    `## CPU profile (${subject.label})\n`,
    sideBySide('Open + fit + painted', [appOpen], [bareOpen]),
    '',
    sideBySide('Pan and zoom at a readable zoom', [appPan], [barePan]),
    '',
    rankedTable('App: three renames (Enter → painted)', renames),
    ...(traces.length > 0 ? ['', '### Traces of a second pan (BENCH_TRACE_DIR)', '', ...traces] : []),
  ].join('\n');
}
