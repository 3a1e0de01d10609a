/**
 * `npm run bench:browser`: the renderer's figures in headless Chromium beside bare React Flow holding the same
 * nodes (same sizes, handles declared), edges and view, interleaved over several rounds, printed as Markdown
 * tables for docs/benchmarks.md: every target as a ratio app / bare measured in the same run, with the median
 * and the range over the rounds. Expects the builds in out-bench/ (the npm script makes them).
 *
 * Options (after `--`): `--sizes=1516,5000,10000,20000` (1516 is org-1516.csv, the rest synthetic plans of that
 * many nodes); `--rounds=5`; `--only=open,pan,rename,export,size,compare` runs those sections only
 * (compare: the compare view's pan at 1,516, so it needs 1516 in `--sizes`; whole: row 3 for the app alone and the
 * crossing from the overview back to the cards, whole-row.ts); `--profile` adds CPU
 * profiles (inclusive time with the top callers) of an open and a pan, app and bare side by side, and of renames
 * (build with `--mode profile` for readable names).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { importCsv } from '@shared/csv/import-csv';
import { serializePlan } from '@shared/format/serialize';
import { layoutPlan } from '@shared/layout/tree-layout';
import type { Plan } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium';
import { serveDirectory, type StaticServer } from '../../test/e2e/static-server';
import { generatePlan } from '../generate-plan';
import { timeMedian } from '../measure';
import { COMPARE_HEADER, compareRound, compareRow, formerText, type CompareRound } from './compare-row';
import { measureExport } from './export';
import { INTERACTION_SECONDS } from './interaction';
import { appPane, WINDOW, type Subject, type Urls } from './pages';
import { profileApp, profileFittedPan } from './profile';
import {
  COLD_HEADER,
  OPEN_HEADER,
  openRow,
  PAN_HEADER,
  panRow,
  printTable,
  RENAME_HEADER,
  renameRow,
  WHOLE_HEADER,
  wholeRow,
} from './report';
import { RENAME_RUNS } from './rename';
import { renameRound, runRound, type BenchSubject, type RenameRound, type RoundFigures } from './rounds';
import { WHOLE_ONLY_HEADER, wholeOnlyRow, wholeRound, type WholeRound } from './whole-row';

const ROOT = resolve(process.cwd(), 'out-bench');
const SECTIONS = ['open', 'pan', 'rename', 'export', 'size', 'compare', 'whole'] as const;
type Section = (typeof SECTIONS)[number];
const DEFAULT_SIZES = [1516, 5000, 10_000, 20_000];
const ORG_1516 = 1516;
/** The pan rows (targets 2 and 3) run at these sizes only. */
const PAN_SIZES = new Set([1516, 5000]);
/**
 * org-1516.csv has no PMs or POs, so no rename there can change the rule counts: the ~1,500 rename row uses a
 * synthetic organisation of about the same number of people that has them. Target 4: counts ≤ 0.5 × checkPlan
 * at ~1,500 and ≤ 0.2 × at 5,000.
 */
const RENAME_PLANS = [
  { size: 1975, forSize: 1516, target: 0.5 },
  { size: 5000, forSize: 5000, target: 0.2 },
];
const WHOLE_TARGET: Record<number, number> = { 1516: 16.7, 5000: 33.4 };
const wholeTarget = (s: Subject): number => WHOLE_TARGET[s.plan.nodes.length >= 5000 ? 5000 : 1516] as number;

const people = (plan: Plan): number => plan.nodes.filter((n) => n.kind !== 'team' && n.kind !== 'stakeholder').length;
const describe = (s: Subject): string =>
  `${s.label} (${people(s.plan).toLocaleString('en')} people, ${s.plan.nodes.length.toLocaleString('en')} nodes)`;

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function sectionsFromArgs(): ReadonlySet<Section> {
  const only = option('only');
  if (only === undefined) return new Set(SECTIONS);
  const wanted = only.split(',');
  for (const name of wanted)
    if (!(SECTIONS as readonly string[]).includes(name))
      throw new Error(`--only: unknown section "${name}" (known: ${SECTIONS.join(', ')})`);
  return new Set(wanted as Section[]);
}

function sizesFromArgs(): number[] {
  const sizes = option('sizes')?.split(',').map(Number) ?? DEFAULT_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--sizes: whole numbers of nodes, e.g. 1516,5000');
  return sizes;
}

function roundsFromArgs(): number {
  const rounds = Number(option('rounds') ?? 5);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds: a whole number ≥ 1');
  return rounds;
}

/**
 * A synthetic organisation (bench/generate-plan.ts) in the compact layout. The generator draws names from a small
 * pool, so every name is already both a PM's and a PO's; unique names let a rename create a new "roles held by
 * different people" problem.
 */
function synthetic(size: number): Plan {
  const generated = generatePlan(size);
  return layoutPlan({
    ...generated,
    nodes: generated.nodes.map((node) => ({ ...node, name: `${node.name} ${node.id}` })),
  });
}

/** 1516: the 1,516-person organisation from test/fixtures/org-1516.csv, imported and laid out (compact). */
function subjectOf(size: number): BenchSubject {
  if (size === ORG_1516) {
    const imported = importCsv(readFileSync(resolve(process.cwd(), 'test/fixtures/org-1516.csv'), 'utf8'));
    if (!imported.ok) throw new Error(`org-1516.csv: ${imported.refusal.kind}`);
    return { label: 'org-1516.csv', plan: imported.plan, text: serializePlan(imported.plan), pan: true };
  }
  const plan = synthetic(size);
  return { label: `synthetic ${size.toLocaleString('en')}`, plan, text: serializePlan(plan), pan: PAN_SIZES.has(size) };
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

async function main(): Promise<void> {
  const sections = sectionsFromArgs();
  const sizes = sizesFromArgs();
  const roundCount = roundsFromArgs();
  const subjects = sizes.map(subjectOf);
  const server: StaticServer = await serveDirectory(ROOT);
  const urls: Urls = { app: `${server.url}renderer/index.html`, bare: `${server.url}bare/index.html` };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  try {
    const pane = await appPane(browser, urls.app);
    console.log('# Org Planner browser benchmark\n');
    console.log(
      `Chromium ${browser.version()} headless, no GPU; window ${WINDOW.width}×${WINDOW.height}, canvas pane ${pane.width}×${pane.height} (the bare page gets the same); ${roundCount} rounds, app and bare interleaved (order swapped each round); ${INTERACTION_SECONDS} s of pan and zoom per row on a fixed 60 Hz input clock; ${RENAME_RUNS} renames per page and round. Figures: median [min–max] over the rounds; ratios: of the medians [per-round range].\n`,
    );
    const rounds = new Map<BenchSubject, RoundFigures[]>(subjects.map((s) => [s, []]));
    const renamePlans = RENAME_PLANS.filter((r) => sizes.includes(r.forSize)).map((r) => ({
      ...r,
      subject:
        r.size === r.forSize && r.size !== ORG_1516 ? (subjects[sizes.indexOf(r.size)] as Subject) : subjectOf(r.size),
      rounds: [] as RenameRound[],
    }));
    const wantRounds = sections.has('open') || sections.has('pan') || sections.has('size');
    const compared = sections.has('compare') ? subjects[sizes.indexOf(ORG_1516)] : undefined;
    const former = compared === undefined ? '' : formerText(compared);
    const compareRounds: CompareRound[] = [];
    const wholeRounds = new Map<BenchSubject, WholeRound[]>(subjects.map((s) => [s, []]));
    for (let round = 0; round < roundCount; round++) {
      if (wantRounds)
        for (const subject of subjects) rounds.get(subject)?.push(await runRound(browser, urls, subject, pane, round));
      if (sections.has('rename'))
        for (const plan of renamePlans) plan.rounds.push(await renameRound(browser, urls, plan.subject, pane, round));
      if (compared !== undefined) compareRounds.push(await compareRound(browser, urls.app, compared, former, round));
      if (sections.has('whole'))
        for (const subject of subjects) wholeRounds.get(subject)?.push(await wholeRound(browser, urls, subject, pane));
      console.error(`round ${round + 1} of ${roundCount} done`);
    }
    if (sections.has('open')) {
      console.log('## 1. Open + fit + painted (File › Open on a loaded page; bare: the same elements and fitView)\n');
      printTable(
        OPEN_HEADER,
        subjects.map((s) => openRow(describe(s), rounds.get(s) ?? [], false)),
      );
      console.log('\n### Cold navigation → painted (the page loads, then the plan is opened and fitted)\n');
      printTable(
        COLD_HEADER,
        subjects.map((s) => openRow(describe(s), rounds.get(s) ?? [], true)),
      );
    }
    const panned = subjects.filter((s) => s.pan);
    if (sections.has('pan') && panned.length > 0) {
      console.log('\n## 2. Pan and zoom at a readable zoom (0.75, the middle of the plan)\n');
      printTable(
        PAN_HEADER,
        panned.map((s) => panRow(describe(s), rounds.get(s) ?? [], 'readable')),
      );
      console.log('\n## 3. Whole org on screen (the plan fitted, compact layout), pan and zoom\n');
      printTable(
        WHOLE_HEADER,
        panned.map((s) => wholeRow(describe(s), rounds.get(s) ?? [], wholeTarget(s))),
      );
    }
    if (sections.has('rename') && renamePlans.length > 0) {
      console.log(
        '\n## 4. Rules off the keystroke path: rename → problem counts, beside bare React Flow rename → label\n',
      );
      printTable(
        RENAME_HEADER,
        renamePlans.map((r) => {
          const plan = r.subject.plan;
          const check = timeMedian(5, () => checkPlan({ ...plan, edges: plan.edges.slice() }));
          return renameRow(
            `${describe(r.subject)}${r.size === r.forSize ? '' : ', standing in for org-1516 (it has no PMs or POs)'}`,
            r.rounds,
            check,
            r.target,
          );
        }),
      );
    }
    if (sections.has('compare')) {
      console.log('\n## 5. Compare view: pan and zoom at the readable view, with and without comparing\n');
      if (compared === undefined) console.log('(needs 1516 in --sizes)');
      else printTable(COMPARE_HEADER, [compareRow(`${describe(compared)}, compared with a copy`, compareRounds)]);
    }
    if (sections.has('whole')) {
      console.log('\n## 3 (app only). Whole org on screen, pan and zoom; the crossing back to the cards\n');
      printTable(
        WHOLE_ONLY_HEADER,
        subjects.map((s) => wholeOnlyRow(describe(s), wholeRounds.get(s) ?? [], wholeTarget(s))),
      );
    }
    if (sections.has('export')) {
      console.log('\n## Export\n');
      console.log(await measureExport(browser, urls.app));
    }
    if (sections.has('size')) {
      console.log('\n## Size and memory\n');
      printTable(['bundle', 'file', 'raw KiB', 'gzip KiB'], bundleSizes());
      console.log();
      const mib = (bytes: number | null): string => (bytes === null ? '—' : (bytes / 1024 / 1024).toFixed(1));
      printTable(
        ['plan opened (round 1, after its rows)', 'app JS heap MiB', 'bare JS heap MiB'],
        subjects.map((s) => {
          const first = rounds.get(s)?.[0];
          return `| ${describe(s)} | ${mib(first?.app.heap ?? null)} | ${mib(first?.bare.heap ?? null)} |`;
        }),
      );
    }
    if (process.argv.includes('--profile'))
      for (const subject of subjects)
        console.log(
          `\n${sections.has('whole') && sections.size === 1 ? await profileFittedPan(browser, urls, subject, pane) : await profileApp(browser, urls, subject, pane)}`,
        );
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
