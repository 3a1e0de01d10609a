/**
 * Pure edits of a plan's waivers (rules.md "Waivers"). A waiver needs a
 * reason and a waivable rule; a second waiver for the same (rule, node)
 * replaces the first, and the list stays in the order the file is written in.
 */
import type { Plan, Waiver } from '../model/types';
import { compareWaivers } from '../model/waiver';
import { UNWAIVABLE_RULES } from '../rules/catalog';
import type { Violation } from '../rules/violation';
import { findStaleWaivers } from '../rules/check';
import { refuse, type EditResult } from '../edit/result';
import { withoutKey } from './rule-settings';

export function canWaive(violation: Violation): boolean {
  return !UNWAIVABLE_RULES.has(violation.ruleId) && violation.nodeIds[0] !== undefined;
}

export function addWaiver(plan: Plan, ruleId: string, nodeId: string, reason: string): EditResult {
  const trimmed = reason.trim();
  if (trimmed === '') return refuse('A waiver needs a reason.');
  if (UNWAIVABLE_RULES.has(ruleId)) return refuse(`${ruleId} cannot be waived.`);
  const others = (plan.waivers ?? []).filter((w) => w.ruleId !== ruleId || w.nodeId !== nodeId);
  const waivers = [...others, { ruleId, nodeId, reason: trimmed }].sort(compareWaivers);
  return { ok: true, plan: { ...plan, waivers } };
}

/** Removes every waiver for (rule, node); the same plan when there is none. */
export function removeWaiver(plan: Plan, ruleId: string, nodeId: string): Plan {
  const waivers = plan.waivers ?? [];
  const kept = waivers.filter((w) => w.ruleId !== ruleId || w.nodeId !== nodeId);
  if (kept.length === waivers.length) return plan;
  return kept.length > 0 ? { ...plan, waivers: kept } : withoutKey(plan, 'waivers');
}

/**
 * The waiver a `stale-waiver` violation is about. That violation names the
 * waiver's node (or, when the node is gone, quotes its id) and its rule at
 * the start of the message; matched against the plan's real stale waivers.
 */
export function staleWaiverOf(plan: Plan, violation: Violation, violations: readonly Violation[]): Waiver | undefined {
  if (violation.ruleId !== 'stale-waiver') return undefined;
  const rule = /^Waiver for (\S+)/.exec(violation.message)?.[1];
  const node = violation.nodeIds[0];
  return findStaleWaivers(plan, violations).find(
    (w) => w.ruleId === rule && (node !== undefined ? w.nodeId === node : violation.message.includes(`"${w.nodeId}"`)),
  );
}
