/**
 * Pure edits of a plan's waivers (rules.md "Waivers"). A waiver needs a
 * reason and a waivable rule; a second waiver for the same (rule, node)
 * replaces the first, and the list stays in the order the file is written in.
 */
import type { Plan, Waiver } from '../model/types';
import { compareWaivers } from '../model/waiver';
import { UNWAIVABLE_RULES } from '../rules/catalog';
import type { Violation } from '../rules/violation';
import { refuse, type EditResult } from '../edit/result';

export { removeWaiver } from './fix-kit';

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

/**
 * The plan's waiver a `stale-waiver` violation is about: the violation names
 * it as data (`waiver`: its rule and node), so no message is parsed.
 */
export function staleWaiverOf(plan: Plan, violation: Violation): Waiver | undefined {
  const about = violation.ruleId === 'stale-waiver' ? violation.waiver : undefined;
  if (about === undefined) return undefined;
  return (plan.waivers ?? []).find((w) => w.ruleId === about.ruleId && w.nodeId === about.nodeId);
}
