/**
 * The diff of a 10,000-person plan against a reorganisation of it (issue: scenarios and compare). The app has
 * both plans' problems already (the rules run on every edit), so the diff is timed with them given, and beside
 * it, in the same run and interleaved, one checkPlan of the proposal: the work a user already waits for.
 */
import { diffPlans } from '@shared/diff/diff-plans';
import type { Plan } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';
import { generatePlan } from './generate-plan';
import { median, ms } from './measure';

/** Every 20th person moves to the manager of the person 50 places on, every 30th is renamed, 1% leave. */
function reorganise(plan: Plan): Plan {
  const managers = new Map<string, string>();
  for (const edge of plan.edges) if (edge.kind === 'reports-to') managers.set(edge.source, edge.target);
  const leaving = new Set(plan.nodes.filter((_, i) => i % 100 === 99).map((node) => node.id));
  const ids = plan.nodes.map((node) => node.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  return {
    ...plan,
    nodes: plan.nodes
      .filter((node) => !leaving.has(node.id))
      .map((node, i) => (i % 30 === 0 ? { ...node, name: `${node.name} Jr` } : node)),
    edges: plan.edges
      .filter((edge) => !leaving.has(edge.source) && !leaving.has(edge.target))
      .map((edge, i) => {
        if (edge.kind !== 'reports-to' || i % 20 !== 0) return edge;
        const other = managers.get(ids[((indexOf.get(edge.source) ?? 0) + 50) % ids.length] as string);
        return other === undefined || other === edge.source || leaving.has(other) ? edge : { ...edge, target: other };
      }),
  };
}

export function diffRows(runs: number): string[] {
  const before = generatePlan(10_000);
  const after = reorganise(before);
  const beforeViolations = checkPlan(before);
  const afterViolations = checkPlan(after);
  const diff = (): unknown => diffPlans(before, after, { beforeViolations, afterViolations });
  const check = (): unknown => checkPlan({ ...after, edges: after.edges.slice() });
  diff();
  check();
  const diffs: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    diff();
    diffs.push(performance.now() - start);
    start = performance.now();
    check();
    checks.push(performance.now() - start);
  }
  const d = median(diffs);
  const c = median(checks);
  const range = `${ms(Math.min(...diffs))}–${ms(Math.max(...diffs))}`;
  return [
    `| diff of two 10,000-person plans (problems given) | ${ms(d)} (range ${range}) | ${d <= 50 ? 'met' : 'MISSED'} (≤ 50 ms); ${(d / c).toFixed(2)} × one checkPlan (${ms(c)} ms) |`,
  ];
}
