/**
 * Quick fixes: one-step edits that make a violation go away, offered only
 * when the right edit is unambiguous (one PM to report to, one team without
 * a PO, ...). Where the user has to choose, the panel shows the rule's fix
 * hint instead. Each rule module declares its own candidates; every candidate
 * is re-checked here: a fix that would not remove its violation is never offered.
 */
import type { Plan } from '../model/types';
import { RULES } from '../rules/all-rules';
import { checkPlan } from '../rules/check';
import type { Violation } from '../rules/violation';
import type { FixCandidate, QuickFix } from './fix-kit';
import { violationKey } from './key';

export type { QuickFix } from './fix-kit';

const CANDIDATES: ReadonlyMap<string, readonly FixCandidate[]> = new Map(
  RULES.map((rule) => [rule.meta.id, rule.quickFixes ?? []]),
);

/**
 * The quick fixes for one violation of `plan`. `violations` is checkPlan(plan)
 * when the caller has it already (the app memoises it).
 */
export function quickFixesFor(plan: Plan, violation: Violation, violations?: readonly Violation[]): QuickFix[] {
  const candidates = CANDIDATES.get(violation.ruleId) ?? [];
  if (candidates.length === 0) return [];
  const all = violations ?? checkPlan(plan);
  const key = violationKey(violation);
  const offered: QuickFix[] = [];
  for (const candidate of candidates) {
    const fix = candidate(plan, violation, all);
    if (fix === undefined) continue;
    const after = fix.apply(plan);
    if (after === plan) continue;
    if (checkPlan(after).some((v) => violationKey(v) === key)) continue;
    offered.push(fix);
  }
  return offered;
}
