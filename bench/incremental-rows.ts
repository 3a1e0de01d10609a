/**
 * Issue 16, target 4: rules off the keystroke path. One edit (a rename, a
 * connect, made by the editor's own functions) updates the problems through
 * the IncrementalChecker, timed beside what the app did before: checkPlan of
 * the edited plan (its graph index carried over from the previous plan where
 * the edit allows, as in the app). Rounds alternate the two; the ratio is
 * the median of the rounds' ratios, with their range.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importCsv } from '@shared/csv/import-csv';
import { connect, createIdGenerator, updateNode } from '@shared/edit';
import { indexPlan } from '@shared/graph/index-plan';
import type { Plan } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';
import { IncrementalChecker } from '@shared/rules/incremental/incremental-checker';
import { generatePlan } from './generate-plan';
import { median, ms } from './measure';

const ROUNDS = 7;
const EDITS_PER_ROUND = 12;

type Edit = (plan: Plan, i: number) => Plan;

/** People in the middle of the plan, so an edit is neither at the root nor at the edge of the file. */
function peopleInTheMiddle(plan: Plan): string[] {
  const people = plan.nodes.filter((node) => node.kind === 'person' || node.kind === 'po');
  return people.slice(Math.floor(people.length / 2), Math.floor(people.length / 2) + 40).map((node) => node.id);
}

const rename: Edit = (plan, i) => {
  const ids = peopleInTheMiddle(plan);
  const result = updateNode(plan, ids[i % ids.length] as string, { name: `Renamed ${i}` });
  return result.ok ? result.plan : plan;
};

/** A person moves to someone else's manager: connect replaces their solid line (one removed, one added). */
const reconnect: Edit = (plan, i) => {
  const ids = peopleInTheMiddle(plan);
  const index = indexPlan(plan);
  const from = ids[i % ids.length] as string;
  const other = index.managerOf(ids[(i + 17) % ids.length] as string);
  if (other === undefined || other === from) return plan;
  const result = connect(plan, from, other, createIdGenerator(plan), 'exact');
  return result.ok ? result.plan : plan;
};

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function row(label: string, base: Plan, edit: Edit, target: number): string {
  // Edits the editor refuses (a cycle, the same manager) leave the plan as it was: not an edit to time.
  const edited: Plan[] = [];
  for (let i = 0; edited.length < EDITS_PER_ROUND && i < 10 * EDITS_PER_ROUND; i++) {
    const next = edit(base, i);
    if (next !== base) edited.push(next);
  }
  const checker = new IncrementalChecker();
  checker.check(base);
  const ratios: number[] = [];
  const increments: number[] = [];
  const fulls: number[] = [];
  for (let round = -2; round < ROUNDS; round++) {
    const inc: number[] = [];
    const full: number[] = [];
    for (const next of edited) {
      checker.check(base); // back to the plan the edit starts from (untimed)
      inc.push(time(() => checker.check(next)));
      if (checker.lastRun !== 'incremental') throw new Error(`${label}: the edit was not checked incrementally`);
      indexPlan(base); // the app indexed the plan before the edit: a rename's index is carried over
      full.push(time(() => checkPlan(next)));
    }
    if (round < 0) continue; // warm-up rounds
    increments.push(median(inc));
    fulls.push(median(full));
    ratios.push(median(inc) / median(full));
  }
  const ratio = median(ratios);
  const range = `${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}`;
  const verdict = ratio <= target ? 'PASS' : 'MISS';
  return `| ${label} | ${ms(median(increments))} | ${ms(median(fulls))} | **${ratio.toFixed(3)}** (${range}) | ${verdict} (≤ ${target}) |`;
}

function org1516(): Plan | undefined {
  try {
    const imported = importCsv(readFileSync(resolve(process.cwd(), 'test/fixtures/org-1516.csv'), 'utf8'));
    return imported.ok ? imported.plan : undefined;
  } catch {
    return undefined;
  }
}

export function incrementalRows(): string[] {
  const lines = [
    `\nRules off the keystroke path (issue 16 target 4): one edit, incremental check vs a full checkPlan; median of ${ROUNDS} interleaved rounds of ${EDITS_PER_ROUND} edits, ratio range over rounds.\n`,
    '| edit | incremental ms | full checkPlan ms | incremental / full | target |',
    '|---|---:|---:|---:|---|',
  ];
  const small = org1516();
  const large = generatePlan(5_000);
  const sizes: [string, Plan | undefined, number][] = [
    ['1,516 people (org-1516.csv)', small, 0.5],
    [`${large.nodes.length.toLocaleString('en')} nodes (generated)`, large, 0.2],
  ];
  for (const [name, plan, target] of sizes) {
    if (plan === undefined) {
      lines.push(`| ${name} | skipped: test/fixtures/org-1516.csv not found | | | |`);
      continue;
    }
    lines.push(row(`single rename, ${name}`, plan, rename, target));
    lines.push(row(`single connect, ${name}`, plan, reconnect, target));
  }
  return lines;
}
