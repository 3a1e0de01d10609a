/**
 * Issue 16, target 5: parse+validate beside JSON.parse at 100,000 nodes (and
 * 1,000,000 with `--million`), in time (interleaved rounds, median ratio and
 * range) and in memory: each side runs in a fresh Node process that builds
 * the same text and reports its peak resident memory; a third process that
 * only builds the text is the baseline subtracted from both.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parsePlanBeyondCap } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { generatePlan } from './generate-plan';
import { median, ms } from './measure';

const ROUNDS = 5;
export const MEMORY_PROBE = '--memory-probe';

type Probe = 'text' | 'json' | 'parse';

/** In the child process: build the text, run one side once, print the peak resident memory in KiB. */
export function runMemoryProbe(args: readonly string[]): void {
  const size = Number(args[0]);
  const probe = args[1] as Probe;
  const text = serializePlan(generatePlan(size));
  // Held until the peak is read, as an app holds what it opened.
  const kept: unknown = probe === 'json' ? JSON.parse(text) : probe === 'parse' ? parsePlanBeyondCap(text) : null;
  console.log(String(process.resourceUsage().maxRSS));
  if (kept === undefined) process.exitCode = 1;
}

function peakKiB(size: number, probe: Probe): number {
  const out = execFileSync(process.execPath, [process.argv[1] as string, MEMORY_PROBE, String(size), probe], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return Number(out.trim().split('\n').pop());
}

function row(size: number): string {
  const plan = generatePlan(size);
  const text = serializePlan(plan);
  const ratios: number[] = [];
  const jsonTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let round = -1; round < ROUNDS; round++) {
    let start = performance.now();
    JSON.parse(text);
    const json = performance.now() - start;
    start = performance.now();
    const loaded = parsePlanBeyondCap(text);
    const parse = performance.now() - start;
    if (!loaded.ok) throw new Error(`generated plan does not load: ${loaded.errors[0]?.message ?? ''}`);
    if (round < 0) continue;
    jsonTimes.push(json);
    parseTimes.push(parse);
    ratios.push(parse / json);
  }
  const base = peakKiB(size, 'text');
  const json = peakKiB(size, 'json') - base;
  const parse = peakKiB(size, 'parse') - base;
  const ratio = median(ratios);
  const range = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  const mib = (kib: number): string => (kib / 1024).toFixed(0);
  const memory = parse / json;
  return (
    `| ${plan.nodes.length.toLocaleString('en')} nodes (${(text.length / 1024 / 1024).toFixed(0)} MiB) | ${ms(median(jsonTimes))} | ${ms(median(parseTimes))} | ` +
    `**${ratio.toFixed(2)}** (${range}) ${ratio <= 2 ? 'PASS' : 'MISS'} | ${mib(json)} | ${mib(parse)} | **${memory.toFixed(2)}** ${memory <= 1.5 ? 'PASS' : 'MISS'} |`
  );
}

export function scaleRows(million: boolean): string[] {
  const lines = [
    `\nBeyond 100k nodes (issue 16 target 5): parse+validate (past the 50 MiB cap) vs JSON.parse, time over ${ROUNDS} interleaved rounds; peak memory above the text itself, each in a fresh process. Targets: ≤ 2× time, ≤ 1.5× memory.\n`,
    '| plan | JSON.parse ms | parse+validate ms | time ratio (range) | JSON.parse MiB | parse+validate MiB | memory ratio |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row(100_000),
  ];
  // Just under MAX_PLAN_NODES, which the loader applies: the generator rounds up to whole product units.
  lines.push(million ? row(999_960) : '| 1,000,000 nodes | skipped: run `node out/cli/bench.js --million` | | | | | |');
  return lines;
}
