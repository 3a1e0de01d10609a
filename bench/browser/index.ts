/**
 * `npm run bench:browser`: the renderer's figures in headless Chromium, side by
 * side with a bare React Flow page holding the same nodes, edges, positions
 * and viewport. Prints Markdown tables for docs/benchmarks.md. Expects the
 * builds in out-bench/ (the npm script makes them).
 *
 * Options (after `--`): `--only=open,frames,rename,export,size` runs those
 * sections only (the default is all); `--profile` adds CPU profiles of the
 * app's open, pan/zoom and rename (top functions by self time; build with
 * `--mode profile` for readable names).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { importCsv } from '@shared/csv/import-csv';
import { serializePlan } from '@shared/format/serialize';
import { layoutPlan } from '@shared/layout/tree-layout';
import type { Plan } from '@shared/model/types';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium';
import { serveDirectory, type StaticServer } from '../../test/e2e/static-server';
import { generatePlan } from '../generate-plan';
import { median } from '../measure';
import { measureExport } from './export';
import { INTERACTION_SECONDS, measureInteraction, panAndZoom } from './interaction';
import { measureOpen } from './open';
import { openApp, openBare, WINDOW, type Subject, type Urls } from './pages';
import { profileApp } from './profile';
import { measureRename, RENAME_RUNS, renameNext, type RenameFigures } from './rename';
import type { UpdateTiming } from './rename-probe';

const ROOT = resolve(process.cwd(), 'out-bench');
const SECTIONS = ['open', 'frames', 'rename', 'export', 'size'] as const;
type Section = (typeof SECTIONS)[number];

const f1 = (n: number): string => n.toFixed(1);
/** rAF deltas at 60 Hz jitter around 16.7 ms: up to 17.2 ms counts as no frame dropped. */
const verdict = (p95: number): string => (p95 <= 17.2 ? 'met' : 'MISSED');
const people = (plan: Plan): number => plan.nodes.filter((n) => n.kind !== 'team' && n.kind !== 'stakeholder').length;

function printTable(header: string, align: string, rows: readonly string[]): void {
  console.log(header);
  console.log(align);
  for (const row of rows) console.log(row);
}

function sectionsFromArgs(argv: readonly string[]): ReadonlySet<Section> {
  const only = argv.find((arg) => arg.startsWith('--only='));
  if (only === undefined) return new Set(SECTIONS);
  const wanted = only.slice('--only='.length).split(',');
  for (const name of wanted)
    if (!(SECTIONS as readonly string[]).includes(name))
      throw new Error(`--only: unknown section "${name}" (known: ${SECTIONS.join(', ')})`);
  return new Set(wanted as Section[]);
}

function subjects(): Subject[] {
  const list: Subject[] = [];
  const csvPath = resolve(process.cwd(), 'test/fixtures/org-1516.csv');
  try {
    const imported = importCsv(readFileSync(csvPath, 'utf8'));
    if (!imported.ok) throw new Error(imported.refusal.kind);
    list.push({ label: 'org-1516.csv', plan: imported.plan, text: serializePlan(imported.plan) });
  } catch (error) {
    console.log(`> org-1516.csv skipped: ${String(error)}\n`);
  }
  list.push(synthetic(5000, 'synthetic 5,000'));
  return list;
}

/**
 * A synthetic organisation (bench/generate-plan.ts), laid out. The generator draws names from a small pool, so
 * every name is already both a PM's and a PO's; unique names let a rename create a new "roles held by different
 * people" problem.
 */
function synthetic(size: number, label: string): Subject {
  const generated = generatePlan(size);
  const plan = layoutPlan({
    ...generated,
    nodes: generated.nodes.map((node) => ({ ...node, name: `${node.name} ${node.id}` })),
  });
  return { label, plan, text: serializePlan(plan) };
}

/**
 * org-1516.csv has no PMs or POs, so no rename there can change the rule counts; the rename section adds a
 * synthetic organisation of about the same number of people that has them.
 */
const RENAME_ONLY_SIZE = 1975;

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

/** One row of the rename table: the medians of the runs for the card or the counts. */
function renameRow(size: string, what: string, timings: readonly UpdateTiming[], note: string): string {
  const update = median(timings.map((t) => t.updateMs));
  const layout = median(timings.map((t) => t.layoutMs));
  const work = median(timings.map((t) => t.updateMs + t.layoutMs));
  const screen = median(timings.map((t) => t.screenMs));
  const frames = timings.map((t) => t.frame).join(', ');
  const worst = Math.max(...timings.map((t) => t.updateMs + t.layoutMs));
  return `| ${size} | ${what} | ${f1(update)} | ${f1(layout)} | **${f1(work)}** | ${f1(worst)} | ${f1(screen)} | ${frames} | ${work <= 16.7 ? 'met' : 'MISSED'} |${note === '' ? '' : ` ${note}`}`;
}

function renameRows(size: string, figures: RenameFigures): string[] {
  const cards = figures.runs.map((r) => r.card);
  const counts = figures.runs.flatMap((r) => (r.counts === null ? [] : [r.counts]));
  const rows = [renameRow(size, 'name on the card', cards, '')];
  if (counts.length === figures.runs.length) rows.push(renameRow(size, 'rule counts', counts, figures.note));
  else
    rows.push(
      `| ${size} | rule counts | — | — | — | — | — | — | — | counts changed in ${counts.length} of ${figures.runs.length} renames; ${figures.note} |`,
    );
  return rows;
}

async function main(): Promise<void> {
  const profile = process.argv.includes('--profile');
  const sections = sectionsFromArgs(process.argv);
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
      `Chromium ${browser.version()} headless, no GPU; window ${WINDOW.width}×${WINDOW.height}; ${INTERACTION_SECONDS} s of pan and zoom per row, ${RENAME_RUNS} renames per plan.\n`,
    );
    const openRows: string[] = [];
    const frameRows: string[] = [];
    const renameLines: string[] = [];
    const heapRows: string[] = [];
    for (const subject of list) {
      const size = `${subject.label} (${people(subject.plan).toLocaleString('en')} people, ${subject.plan.nodes.length.toLocaleString('en')} nodes)`;
      // The pan and zoom rows start from the view the app opened the plan at, so they need an open first.
      const needsOpen = sections.has('open') || sections.has('frames') || sections.has('size');
      const opened = needsOpen ? await measureOpen(browser, urls, subject) : null;
      if (opened !== null && sections.has('open')) {
        const app = median(opened.app.map((r) => r.ms));
        const bare = median(opened.bare.map((r) => r.ms));
        const bareHandles = median(opened.bareHandles.map((r) => r.ms));
        const all = [...opened.app, ...opened.bare, ...opened.bareHandles];
        const timedOut = all.some((r) => r.timedOut) ? ' (a run timed out)' : '';
        const visible = [opened.app, opened.bare, opened.bareHandles].map((runs) => median(runs.map((r) => r.visible)));
        openRows.push(
          `| ${size} | ${opened.appView.zoom.toFixed(3)} | ${visible.join(' / ')} | ${f1(app)} | ${f1(bare)} | ${f1(bareHandles)} | **${(app / bare).toFixed(2)}** | **${(app / bareHandles).toFixed(2)}**${timedOut} |`,
        );
      }
      if (opened !== null && (sections.has('frames') || sections.has('size'))) {
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
        heapRows.push(`| ${size} | ${(heap.app / 1024 / 1024).toFixed(1)} | ${(heap.bare / 1024 / 1024).toFixed(1)} |`);
      }
      if (sections.has('rename')) renameLines.push(...renameRows(size, await measureRename(browser, urls, subject)));
    }
    const withRoles = synthetic(RENAME_ONLY_SIZE, `synthetic ${RENAME_ONLY_SIZE.toLocaleString('en')}`);
    if (sections.has('rename')) {
      const size = `${withRoles.label} (${people(withRoles.plan).toLocaleString('en')} people, ${withRoles.plan.nodes.length.toLocaleString('en')} nodes; rename only)`;
      renameLines.push(...renameRows(size, await measureRename(browser, urls, withRoles)));
    }
    if (sections.has('open')) {
      console.log('## Open and first paint\n');
      printTable(
        '| plan | app zoom | visible cards app / bare / bare+handles | app ms | bare ms | bare+handles ms | app / bare | app / bare+handles |',
        '|---|---:|---:|---:|---:|---:|---:|---:|',
        openRows,
      );
      console.log('\nTarget: app / bare ≤ 1.5.\n');
    }
    if (sections.has('frames')) {
      console.log('## Pan and zoom frame times\n');
      printTable(
        '| plan | view | app minimap as shipped | cards in DOM app / bare | app median ms | app p95 ms | app, minimap toggled (Shift+M): median ms | p95 ms | bare median ms | bare p95 ms | app p95 ≤ 16.7 ms |',
        '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
        frameRows,
      );
    }
    if (sections.has('rename')) {
      console.log('\n## Rules while editing (rename, medians)\n');
      printTable(
        '| plan | what changes | Enter → DOM updated ms | style + layout ms | update + layout ms | worst run ms | Enter → on screen ms | frame it showed in, per run | update + layout ≤ 16.7 ms | note |',
        '|---|---|---:|---:|---:|---:|---:|---|---|---|',
        renameLines,
      );
    }
    if (sections.has('export')) {
      console.log('\n## Export\n');
      console.log(await measureExport(browser, urls.app));
    }
    if (sections.has('size')) {
      console.log('\n## Size and memory\n');
      printTable('| bundle | file | raw KiB | gzip KiB |', '|---|---|---:|---:|', bundleSizes());
      console.log();
      printTable('| plan opened | app JS heap MiB | bare JS heap MiB |', '|---|---:|---:|', heapRows);
    }
    if (profile) {
      for (const subject of [...list, withRoles])
        console.log(`\n${await profileApp(browser, urls, subject, { panAndZoom, renameNext, openApp, openBare })}`);
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
