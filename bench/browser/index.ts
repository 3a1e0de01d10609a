/**
 * `npm run bench:browser`: the renderer's figures in headless Chromium, side by
 * side with a bare React Flow page holding the same nodes, edges, positions
 * and viewport. Prints Markdown tables for docs/benchmarks.md. Expects the
 * builds in out-bench/ (the npm script makes them). `--profile` adds a CPU
 * profile of the app's open and pan/zoom (top functions by self time).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { importCsv } from '@shared/csv/import-csv';
import { serializePlan } from '@shared/format/serialize';
import { layoutPlan, NODE_HEIGHT, NODE_WIDTH } from '@shared/layout/tree-layout';
import type { Plan } from '@shared/model/types';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium';
import { serveDirectory, type StaticServer } from '../../test/e2e/static-server';
import { generatePlan } from '../generate-plan';
import { median } from '../measure';
import {
  emptyPanePoint,
  openAndWaitPainted,
  readView,
  startFrameLog,
  stopFrameLog,
  waitRenamePainted,
  type PaintResult,
  type ViewState,
} from './page-probes';
import { bareElements, toCenter } from './elements';
import { measureExport } from './export';
import { profileApp } from './profile';

const OPEN_RUNS = 5;
const RENAME_RUNS = 5;
const STABLE_FRAMES = 6;
const INTERACTION_SECONDS = 3;
const WINDOW = { width: 1440, height: 900 };
const ROOT = resolve(process.cwd(), 'out-bench');

interface Subject {
  readonly label: string;
  readonly plan: Plan;
  readonly text: string;
}

const f1 = (n: number): string => n.toFixed(1);
/** rAF deltas at 60 Hz jitter around 16.7 ms: up to 17.2 ms counts as no frame dropped. */
const verdict = (p95: number): string => (p95 <= 17.2 ? 'met' : 'MISSED');
const people = (plan: Plan): number => plan.nodes.filter((n) => n.kind !== 'team' && n.kind !== 'stakeholder').length;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function subjects(): Subject[] {
  const list: Subject[] = [];
  const csvPath = resolve(process.cwd(), '../shared/data/org-1516.csv');
  try {
    const imported = importCsv(readFileSync(csvPath, 'utf8'));
    if (!imported.ok) throw new Error(imported.error);
    list.push({ label: 'org-1516.csv', plan: imported.plan, text: serializePlan(imported.plan) });
  } catch (error) {
    console.log(`> org-1516.csv skipped: ${String(error)}\n`);
  }
  // The generator draws names from a small pool, so every name is already both a PM's and a PO's; unique
  // names let the rename below create a new "roles held by different people" problem.
  const synthetic = generatePlan(5000);
  const generated = layoutPlan({
    ...synthetic,
    nodes: synthetic.nodes.map((node) => ({ ...node, name: `${node.name} ${node.id}` })),
  });
  list.push({ label: 'synthetic 5,000', plan: generated, text: serializePlan(generated) });
  return list;
}

async function newPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: WINDOW });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await newPage(browser, url);
  await page.waitForFunction(
    () => '__orgPlannerTest' in window && document.querySelectorAll('.react-flow__node').length > 0,
  );
  await settle(page);
  return page;
}

/** The bare page with React Flow mounted, empty, in a pane of the app's canvas size. */
async function openBare(browser: Browser, url: string, pane: { width: number; height: number }): Promise<Page> {
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
async function settle(page: Page, ms = 300): Promise<void> {
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

async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

interface Opened {
  readonly app: PaintResult[];
  readonly bare: PaintResult[];
  readonly bareHandles: PaintResult[];
  readonly appView: ViewState;
}

async function measureOpen(browser: Browser, urls: Urls, subject: Subject): Promise<Opened> {
  const ids = subject.plan.nodes.map((n) => n.id);
  const app: PaintResult[] = [];
  const bare: PaintResult[] = [];
  const bareHandles: PaintResult[] = [];
  let appView: ViewState | undefined;
  const elements = bareElements(subject.plan);
  const withHandles = bareElements(subject.plan, true);
  for (let run = 0; run < OPEN_RUNS; run++) {
    const page = await openApp(browser, urls.app);
    app.push(
      await page.evaluate(openAndWaitPainted, {
        ids,
        target: 'app',
        payload: subject.text,
        stableFrames: STABLE_FRAMES,
      }),
    );
    appView ??= await page.evaluate(readView);
    await closePage(page);
    const barePage = await openBare(browser, urls.bare, appView);
    bare.push(
      await barePage.evaluate(openAndWaitPainted, {
        ids,
        target: 'bare',
        payload: { ...elements, view: toCenter(appView) },
        stableFrames: STABLE_FRAMES,
      }),
    );
    await closePage(barePage);
    const handlesPage = await openBare(browser, urls.bare, appView);
    bareHandles.push(
      await handlesPage.evaluate(openAndWaitPainted, {
        ids,
        target: 'bare',
        payload: { ...withHandles, view: toCenter(appView) },
        stableFrames: STABLE_FRAMES,
      }),
    );
    await closePage(handlesPage);
  }
  if (appView === undefined) throw new Error('no run');
  return { app, bare, bareHandles, appView };
}

/** A scripted pan and zoom: drags on the empty pane and wheel ticks in and out, for a few seconds. */
async function panAndZoom(page: Page): Promise<number[]> {
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
    // In, then out again at the same point: every round ends at the view it started from.
    const sign = round % 2 === 0 ? -1 : 1;
    for (let tick = 0; tick < 6; tick++) await page.mouse.wheel(0, sign * 100);
    for (let tick = 0; tick < 6; tick++) await page.mouse.wheel(0, -sign * 100);
    round++;
  }
  await page.mouse.move(at.x, at.y);
  await settle(page, 100);
  const frames = await page.evaluate(stopFrameLog);
  return frames.slice(1);
}

/** Waits until the viewport stops moving (the fit-view animation is over). */
async function viewSettled(page: Page): Promise<ViewState> {
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

interface FrameStats {
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

interface AppFrames {
  /** Whether the app shows its minimap for this plan as shipped (it hides it above 1,000 nodes). */
  readonly minimapByDefault: boolean;
  readonly atLoad: FrameStats;
  /** With the minimap toggled by Shift+M from its default (hidden if shown, shown if hidden). */
  readonly atLoadToggled: FrameStats;
  readonly fitted: FrameStats;
  readonly fittedToggled: FrameStats;
}

interface Interaction {
  readonly app: AppFrames;
  readonly bare: { readonly atLoad: FrameStats; readonly fitted: FrameStats };
  readonly rename: RenameFigures;
}

interface RenameFigures {
  readonly card: number[];
  readonly counts: number[];
  readonly countsChanged: boolean;
  readonly note: string;
}

/** Pans with mouse drags on the empty pane until the card is near the middle of the pane (at most 40 drags). */
async function bringIntoView(page: Page, x: number, y: number): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const view = await page.evaluate(readView);
    const dx = view.width / 2 - (view.tx + x * view.zoom);
    const dy = view.height / 2 - (view.ty + y * view.zoom);
    if (Math.abs(dx) < 80 && Math.abs(dy) < 80) return;
    const from = await page.evaluate(emptyPanePoint);
    if (from === null) return;
    const step = (d: number): number => Math.max(-400, Math.min(400, d));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + step(dx), from.y + step(dy), { steps: 5 });
    await page.mouse.up();
    await settle(page, 50);
  }
}

/** The PM or PO card nearest to the middle of the view, and a name that someone in the other role holds. */
async function renameTarget(
  page: Page,
  plan: Plan,
  skip: ReadonlySet<string>,
): Promise<{ id: string; name: string } | null> {
  const view = await page.evaluate(readView);
  const centre = toCenter(view);
  let best: { id: string; d: number; x: number; y: number; kind: string } | null = null;
  for (const node of plan.nodes) {
    if ((node.kind !== 'pm' && node.kind !== 'po') || node.position === undefined || skip.has(node.id)) continue;
    const d = Math.hypot(node.position.x - centre.centerX, node.position.y - centre.centerY);
    if (best === null || d < best.d) best = { id: node.id, d, ...node.position, kind: node.kind };
  }
  if (best === null) return null;
  const otherKind = best.kind === 'pm' ? 'po' : 'pm';
  const other = plan.nodes.find((n) => n.kind === otherKind && n.name.trim() !== '' && n.vacant !== true);
  if (other === undefined) return null;
  await bringIntoView(page, best.x + NODE_WIDTH / 2, best.y + NODE_HEIGHT / 2);
  return { id: best.id, name: other.name };
}

/** Renames a visible PM or PO card to a name another role holds (F2, type, Enter), so the rule counts change. */
async function measureRename(page: Page, subject: Subject): Promise<RenameFigures> {
  const card: number[] = [];
  const counts: number[] = [];
  let changed = true;
  let note = '';
  const used = new Set<string>();
  for (let run = 0; run < RENAME_RUNS; run++) {
    const target = await renameTarget(page, subject.plan, used);
    let id: string;
    let name: string;
    if (target === null) {
      // No PM or PO (org-1516 has none): rename the card nearest the middle; the counts need not change.
      note = 'no PM or PO in the plan: a plain rename, the rule counts do not change';
      const visible = await page.evaluate(() => {
        const flow = document.querySelector('.react-flow');
        const pane = flow?.getBoundingClientRect();
        let found: string | null = null;
        let bestD = Infinity;
        for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
          if (pane === undefined) break;
          const r = el.getBoundingClientRect();
          const d = Math.hypot(
            r.x + r.width / 2 - (pane.x + pane.width / 2),
            r.y + r.height / 2 - (pane.y + pane.height / 2),
          );
          if (d < bestD) {
            bestD = d;
            found = el.dataset.id ?? null;
          }
        }
        return found;
      });
      if (visible === null) throw new Error('no card in view to rename');
      id = visible;
      name = `Renamed ${run}`;
    } else {
      ({ id, name } = target);
    }
    used.add(id);
    const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
    if (box === null) throw new Error(`card ${id} has no box`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('F2');
    const input = page.locator(`.react-flow__node[data-id="${id}"] input`);
    await input.waitFor();
    await input.fill(name);
    const before = await page.evaluate(
      () => document.querySelector('[data-testid="rule-counts"]')?.textContent ?? '(no rule counts)',
    );
    await page.evaluate(() => {
      const w = window as unknown as { __enterAt?: number };
      delete w.__enterAt;
      window.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Enter') w.__enterAt = performance.now();
        },
        { capture: true, once: true },
      );
    });
    const [result] = await Promise.all([
      page.evaluate(waitRenamePainted, { id, name, before, stableFrames: STABLE_FRAMES }),
      page.keyboard.press('Enter'),
    ]);
    card.push(result.cardMs);
    if (result.countsMs === null) changed = false;
    else counts.push(result.countsMs);
    if (run === RENAME_RUNS - 1 && target !== null) note = `“${result.before}” → “${result.after}”`;
    await settle(page, 150);
  }
  return { card, counts, countsChanged: changed, note };
}

/** The app's minimap setting, toggled with its shortcut (Shift+M) from the canvas. */
async function toggleMinimap(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+KeyM');
  await settle(page);
}

async function measureInteraction(
  browser: Browser,
  urls: Urls,
  subject: Subject,
  appView: ViewState,
): Promise<{ interaction: Interaction; heap: { app: number; bare: number } }> {
  const ids = subject.plan.nodes.map((n) => n.id);
  const open = { ids, target: 'app', payload: subject.text, stableFrames: STABLE_FRAMES };
  const page = await openApp(browser, urls.app);
  await page.evaluate(openAndWaitPainted, open);
  await settle(page);
  const atLoad = await interact(page);
  const minimapShown = async (): Promise<boolean> => (await page.locator('.react-flow__minimap').count()) > 0;
  const minimapByDefault = await minimapShown();
  await toggleMinimap(page);
  if ((await minimapShown()) === minimapByDefault) throw new Error('Shift+M did not toggle the minimap');
  const atLoadToggled = await interact(page);
  await page.keyboard.press('Shift+Digit1');
  const fittedView = await viewSettled(page);
  const fittedToggled = await interact(page);
  await toggleMinimap(page);
  await viewSettled(page);
  const fitted = await interact(page);
  const appHeap = await heapUsed(page);
  await closePage(page);

  // Renames on a fresh page, at the zoom the plan opens with.
  const renamePage = await openApp(browser, urls.app);
  await renamePage.evaluate(openAndWaitPainted, open);
  await settle(renamePage);
  const rename = await measureRename(renamePage, subject);
  await closePage(renamePage);

  const barePage = await openBare(browser, urls.bare, appView);
  await barePage.evaluate(openAndWaitPainted, {
    ids,
    target: 'bare',
    payload: { ...bareElements(subject.plan), view: toCenter(appView) },
    stableFrames: STABLE_FRAMES,
  });
  await settle(barePage);
  const bareAtLoad = await interact(barePage);
  await barePage.evaluate((view) => {
    (window as unknown as { __bareSetView: (v: unknown) => void }).__bareSetView(view);
  }, toCenter(fittedView));
  await viewSettled(barePage);
  const bareFitted = await interact(barePage);
  const bareHeap = await heapUsed(barePage);
  await closePage(barePage);
  return {
    interaction: {
      app: { minimapByDefault, atLoad, atLoadToggled, fitted, fittedToggled },
      bare: { atLoad: bareAtLoad, fitted: bareFitted },
      rename,
    },
    heap: { app: appHeap, bare: bareHeap },
  };
}

/** JS heap in use after a full garbage collection (CDP), in bytes. */
async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize;
}

function bundleSizes(): string[] {
  const lines: string[] = [];
  for (const [label, dir] of [
    ['app', join(ROOT, 'renderer/assets')],
    ['bare React Flow', join(ROOT, 'bare/assets')],
  ] as const) {
    for (const ext of ['.js', '.css']) {
      let raw = 0;
      let gzip = 0;
      for (const file of readdirSync(dir).filter((name) => name.endsWith(ext))) {
        const path = join(dir, file);
        raw += statSync(path).size;
        gzip += gzipSync(readFileSync(path), { level: 9 }).length;
      }
      lines.push(
        `| ${label} | ${ext.slice(1).toUpperCase()} | ${(raw / 1024).toFixed(1)} | ${(gzip / 1024).toFixed(1)} |`,
      );
    }
  }
  return lines;
}

interface Urls {
  readonly app: string;
  readonly bare: string;
}

async function main(): Promise<void> {
  const profile = process.argv.includes('--profile');
  const list = subjects();
  const server: StaticServer = await serveDirectory(ROOT);
  const urls: Urls = { app: `${server.url}renderer/index.html`, bare: `${server.url}bare/index.html` };
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  try {
    console.log('# Org Planner browser benchmark\n');
    console.log(
      `Chromium ${browser.version()} headless, no GPU; window ${WINDOW.width}×${WINDOW.height}; ${OPEN_RUNS} open runs, ${RENAME_RUNS} renames, ${INTERACTION_SECONDS} s of pan and zoom per row.\n`,
    );
    const openRows: string[] = [];
    const frameRows: string[] = [];
    const renameRows: string[] = [];
    const heapRows: string[] = [];
    for (const subject of list) {
      const size = `${subject.label} (${people(subject.plan).toLocaleString('en')} people, ${subject.plan.nodes.length.toLocaleString('en')} nodes)`;
      const opened = await measureOpen(browser, urls, subject);
      const app = median(opened.app.map((r) => r.ms));
      const bare = median(opened.bare.map((r) => r.ms));
      const bareHandles = median(opened.bareHandles.map((r) => r.ms));
      const all = [...opened.app, ...opened.bare, ...opened.bareHandles];
      const timedOut = all.some((r) => r.timedOut) ? ' (a run timed out)' : '';
      const visible = [opened.app, opened.bare, opened.bareHandles].map((runs) => median(runs.map((r) => r.visible)));
      openRows.push(
        `| ${size} | ${opened.appView.zoom.toFixed(3)} | ${visible.join(' / ')} | ${f1(app)} | ${f1(bare)} | ${f1(bareHandles)} | **${(app / bare).toFixed(2)}** | **${(app / bareHandles).toFixed(2)}**${timedOut} |`,
      );
      const { interaction, heap } = await measureInteraction(browser, urls, subject, opened.appView);
      const { app: a, bare: b } = interaction;
      const minimap = a.minimapByDefault ? 'shown' : 'hidden';
      for (const [view, on, off, bareView] of [
        ['at load', a.atLoad, a.atLoadToggled, b.atLoad],
        ['fitted', a.fitted, a.fittedToggled, b.fitted],
      ] as const) {
        frameRows.push(
          `| ${size} | ${view} (zoom ${on.zoom.toFixed(3)}) | ${minimap} | ${on.cards} / ${bareView.cards} | ${f1(on.median)} | **${f1(on.p95)}** | ${f1(off.median)} | ${f1(off.p95)} | ${f1(bareView.median)} | ${f1(bareView.p95)} | ${verdict(on.p95)} |`,
        );
      }
      const r = interaction.rename;
      const countsText = r.countsChanged ? f1(median(r.counts)) : 'counts unchanged';
      renameRows.push(`| ${size} | ${f1(median(r.card))} | ${countsText} |${r.note === '' ? '' : ` ${r.note}`} |`);
      heapRows.push(`| ${size} | ${(heap.app / 1024 / 1024).toFixed(1)} | ${(heap.bare / 1024 / 1024).toFixed(1)} |`);
    }
    console.log('## Open and first paint\n');
    console.log(
      '| plan | app zoom | visible cards app / bare / bare+handles | app ms | bare ms | bare+handles ms | app / bare | app / bare+handles |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of openRows) console.log(row);
    console.log('\nTarget: app / bare ≤ 1.5.\n');
    console.log('## Pan and zoom frame times\n');
    console.log(
      '| plan | view | app minimap as shipped | cards in DOM app / bare | app median ms | app p95 ms | app, minimap toggled (Shift+M): median ms | p95 ms | bare median ms | bare p95 ms | app p95 ≤ 16.7 ms |',
    );
    console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const row of frameRows) console.log(row);
    console.log('\n## Rules while editing\n');
    console.log('| plan | rename → card painted ms | rename → rule counts painted ms | note |');
    console.log('|---|---:|---:|---|');
    for (const row of renameRows) console.log(row);
    console.log('\n## Export\n');
    console.log(await measureExport(browser, urls.app));
    console.log('\n## Size and memory\n');
    console.log('| bundle | file | raw KiB | gzip KiB |');
    console.log('|---|---|---:|---:|');
    for (const row of bundleSizes()) console.log(row);
    console.log('\n| plan opened | app JS heap MiB | bare JS heap MiB |');
    console.log('|---|---:|---:|');
    for (const row of heapRows) console.log(row);
    if (profile) {
      const first = list[0];
      if (first !== undefined)
        console.log(`\n${await profileApp(browser, urls, first, { panAndZoom, openApp, openBare })}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
