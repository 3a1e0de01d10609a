/** The problems list's data: counts per severity, the text filter, and grouping by severity then rule. */
import type { Severity } from '@shared/model/types';
import { findRule } from '@shared/rules/catalog';
import type { Violation } from '@shared/rules/violation';

export const PLURAL: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

export interface ProblemGroup {
  readonly severity: Severity;
  readonly rules: readonly { readonly ruleId: string; readonly items: readonly Violation[] }[];
}

/** Like the status bar: waived problems are listed but not counted. */
export function countBySeverity(violations: readonly Violation[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const v of violations) if (v.waived !== true) counts[v.severity]++;
  return counts;
}

/** The problems of the shown severities whose message, rule id, rule summary or waiver reason contains `query`. */
export function filterProblems(
  violations: readonly Violation[],
  shown: ReadonlySet<Severity>,
  query: string,
): Violation[] {
  const q = query.trim().toLowerCase();
  return violations.filter(
    (v) =>
      shown.has(v.severity) &&
      (q === '' ||
        v.message.toLowerCase().includes(q) ||
        v.ruleId.includes(q) ||
        (findRule(v.ruleId)?.summary.toLowerCase().includes(q) ?? false) ||
        (v.waiverReason ?? '').toLowerCase().includes(q)),
  );
}

/** The list is already sorted (severity, rule, node), so groups are runs of equal keys. */
export function groupProblems(list: readonly Violation[]): ProblemGroup[] {
  const groups: { severity: Severity; rules: { ruleId: string; items: Violation[] }[] }[] = [];
  for (const v of list) {
    let group = groups[groups.length - 1];
    if (group?.severity !== v.severity) {
      group = { severity: v.severity, rules: [] };
      groups.push(group);
    }
    let rule = group.rules[group.rules.length - 1];
    if (rule?.ruleId !== v.ruleId) {
      rule = { ruleId: v.ruleId, items: [] };
      group.rules.push(rule);
    }
    rule.items.push(v);
  }
  return groups;
}
