/**
 * The rule delta in words: which problems the current plan solves and which it brings, against the compared one
 * ("2 problems solved, 1 new: Refunds team has no PO"), waived ones apart, and whether the two plans check
 * different rules (their rule settings differ), which the panel must say, as the delta then compares unlike checks.
 */
import type { ViolationDelta } from '@shared/diff/violation-delta';
import type { Plan } from '@shared/model/types';
import { findRule, RULE_CATALOG } from '@shared/rules/catalog';
import { resolveRuleSettings } from '@shared/rules/settings';
import type { Violation } from '@shared/rules/violation';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How many new problems the headline names before "and N more". */
const NAMED_IN_HEADLINE = 2;

export function ruleDeltaHeadline(delta: ViolationDelta): string {
  const solved = delta.resolved.length;
  const introduced = delta.introduced;
  if (solved === 0 && introduced.length === 0) {
    const open = delta.unchanged.length;
    return open === 0 ? 'No problems on either side' : `No problems solved or new (${plural(open, 'problem')} in both)`;
  }
  let text = `${plural(solved, 'problem')} solved, ${introduced.length} new`;
  if (introduced.length > 0) {
    const named = introduced.slice(0, NAMED_IN_HEADLINE).map((v) => v.message);
    const more = introduced.length - named.length;
    text += `: ${named.join('; ')}${more > 0 ? ` and ${more} more` : ''}`;
  }
  return text;
}

/** The line under it about waivers: problems accepted by a waiver are neither solved nor new. */
export function waiverLine(delta: ViolationDelta): string | null {
  const { before, after } = delta.waived;
  if (before === 0 && after === 0) return null;
  const newly = delta.newlyWaived.length;
  return `Waived apart: ${before} before, ${after} now${newly > 0 ? ` (${newly} newly waived)` : ''}.`;
}

/** The rule's one-line summary, the title the problems panel shows it by. */
export function ruleTitle(violation: Violation): string {
  return findRule(violation.ruleId)?.summary ?? violation.ruleId;
}

/** The rules whose settings (enabled, severity, options) differ between the two plans, by id. */
export function differingRules(before: Plan, after: Plan): string[] {
  if (before.rules === after.rules) return [];
  return RULE_CATALOG.filter(
    (rule) =>
      JSON.stringify(resolveRuleSettings(before, rule.id)) !== JSON.stringify(resolveRuleSettings(after, rule.id)),
  ).map((rule) => rule.id);
}
