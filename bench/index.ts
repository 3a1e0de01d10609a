/**
 * `npm run bench`: figures for the pure core, printed as a Markdown table so
 * they can be pasted into docs/benchmarks.md. Ratios are measured side by
 * side in one run, since absolute times vary between machines.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importCsv } from '@shared/csv/import-csv';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { computeCompactLayout } from '@shared/layout/compact-layout';
import { routeEdges } from '@shared/layout/route';
import { computeTreeLayout, layoutPlan } from '@shared/layout/tree-layout';
import { checkPlan } from '@shared/rules/check';
import { diffRows } from './diff-rows';
import { incrementalRows } from './incremental-rows';
import { MEMORY_PROBE, runMemoryProbe, scaleRows } from './scale-rows';
import { generatePlan, generateTree } from './generate-plan';
import { ms, timeMedian } from './measure';

const RUNS = 7;

function corePerSize(size: number): string {
  const generated = generatePlan(size);
  const text = serializePlan(generated);
  const loaded = parsePlan(text);
  if (!loaded.ok) throw new Error(`generated plan does not load: ${loaded.errors[0]?.message ?? ''}`);
  const plan = loaded.plan;
  const jsonParse = timeMedian(RUNS, () => JSON.parse(text));
  const parse = timeMedian(RUNS, () => parsePlan(text));
  // A new plan with a copied edge array per run: the graph index is cached per plan object and carried over
  // while the edge array stays, so checking the same plan again would time a cache hit, not a check.
  const check = timeMedian(RUNS, () => checkPlan({ ...plan, edges: plan.edges.slice() }));
  const serialize = timeMedian(RUNS, () => serializePlan(plan));
  const violations = checkPlan(plan).length;
  const mib = (text.length / 1024 / 1024).toFixed(1);
  return `| ${plan.nodes.length.toLocaleString('en')} nodes, ${plan.edges.length.toLocaleString('en')} edges (${mib} MiB) | ${ms(jsonParse)} | ${ms(parse)} | ${ms(check)} | ${ms(serialize)} | **${(check / jsonParse).toFixed(2)}** | ${violations} |`;
}

function csvAndLayout(): string[] {
  const lines: string[] = [];
  const csvPath = resolve(process.cwd(), 'test/fixtures/org-1516.csv');
  let csv: string | undefined;
  try {
    csv = readFileSync(csvPath, 'utf8');
  } catch {
    lines.push(`| import org-1516.csv | skipped: ${csvPath} not found | |`);
  }
  if (csv !== undefined) {
    const text = csv;
    lines.push(`| import org-1516.csv (parse, map, lay out) | ${ms(timeMedian(RUNS, () => importCsv(text)))} | |`);
    const imported = importCsv(text, { layout: false });
    if (imported.ok) {
      const plan = imported.plan;
      lines.push(`| tree layout of the 1,516-person org | ${ms(timeMedian(RUNS, () => computeTreeLayout(plan)))} | |`);
      lines.push(
        `| compact layout of the 1,516-person org | ${ms(timeMedian(RUNS, () => computeCompactLayout(plan)))} | |`,
      );
      // The canvas routes every line again whenever a card moves (src/renderer/src/canvas/edges/route-cache.ts).
      const laidOut = layoutPlan(plan);
      lines.push(`| route the 1,516-person org's lines | ${ms(timeMedian(RUNS, () => routeEdges(laidOut)))} | |`);
    }
  }
  // The compact layout (the default) beside the old top-down tree layout, at both sizes.
  const verdict = (value: number, target: number): string =>
    `${value <= target ? 'met' : 'MISSED'} (≤ ${target >= 1000 ? `${target / 1000} s` : `${target} ms`})`;
  for (const [size, runs, target] of [
    [10_000, RUNS, 50],
    [100_000, 3, 1000],
  ] as const) {
    const tree = generateTree(size);
    const label = size.toLocaleString('en');
    const compact = timeMedian(runs, () => computeCompactLayout(tree));
    lines.push(`| compact layout of a ${label}-person tree | ${ms(compact)} | ${verdict(compact, target)} |`);
    const old = timeMedian(runs, () => computeTreeLayout(tree));
    lines.push(`| tree layout (the old default) of a ${label}-person tree | ${ms(old)} | ${verdict(old, target)} |`);
  }
  return lines;
}

function main(): void {
  const million = process.argv.includes('--million');
  // `--scale-only`: just the parse+validate rows beyond 100k nodes (target 5), for iterating on the loader.
  if (process.argv.includes('--scale-only')) {
    for (const line of scaleRows(million)) console.log(line);
    return;
  }
  console.log(`# Org Planner core benchmark\n`);
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}; median of ${RUNS} runs after two warm-up runs.\n`,
  );
  console.log(
    '| plan | JSON.parse ms | parse+validate ms | checkPlan ms | serialize ms | checkPlan / JSON.parse | violations |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const size of [10_000, 100_000]) console.log(corePerSize(size));
  console.log('\nTarget: checkPlan / JSON.parse ≤ 1.0 at 100,000 nodes.\n');
  console.log('| task | ms | target |');
  console.log('|---|---:|---|');
  for (const line of csvAndLayout()) console.log(line);
  for (const line of diffRows(RUNS)) console.log(line);
  for (const line of incrementalRows()) console.log(line);
  for (const line of scaleRows(million)) console.log(line);
}

const probe = process.argv.indexOf(MEMORY_PROBE);
if (probe >= 0) runMemoryProbe(process.argv.slice(probe + 1));
else main();
