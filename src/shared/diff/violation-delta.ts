/**
 * Which problems a proposed plan introduces, which it solves and which stay: violations are the same
 * problem when their rule and their nodes (after matching) are, whatever their message says — a renamed
 * person's problem is not "solved and introduced again". Waived violations are counted apart.
 */
import type { Violation } from '../rules/violation';
import type { NodeMatch } from './match-nodes';

export interface ViolationDelta {
  /** In the after-plan only (after-plan ids). */
  readonly introduced: Violation[];
  /** In the before-plan only (before-plan ids). */
  readonly resolved: Violation[];
  /** In both: the after-plan's violation. */
  readonly unchanged: Violation[];
  /** Open in the before-plan, accepted by a waiver in the after-plan (before-plan ids): neither solved nor open. */
  readonly newlyWaived: Violation[];
  readonly waived: { readonly before: number; readonly after: number };
}

function keyOf(violation: Violation, ids: readonly string[]): string {
  return `${violation.ruleId}\u0000${[...ids].sort().join('\u0000')}`;
}

export function violationDelta(
  before: readonly Violation[],
  after: readonly Violation[],
  match: NodeMatch,
): ViolationDelta {
  const open = (list: readonly Violation[]): Violation[] => list.filter((v) => v.waived !== true);
  const beforeByKey = new Map<string, Violation[]>();
  for (const violation of open(before)) {
    // A node gone from the after-plan keeps its before-id: that problem cannot match an after-plan one.
    const ids = violation.nodeIds.map((id) => match.toAfter.get(id) ?? `before:${id}`);
    const key = keyOf(violation, ids);
    const list = beforeByKey.get(key);
    if (list === undefined) beforeByKey.set(key, [violation]);
    else list.push(violation);
  }
  const introduced: Violation[] = [];
  const unchanged: Violation[] = [];
  for (const violation of open(after)) {
    const list = beforeByKey.get(keyOf(violation, violation.nodeIds));
    // One before-violation answers one after-violation: two identical problems stay two.
    if (list !== undefined && list.length > 0) {
      list.pop();
      unchanged.push(violation);
    } else {
      introduced.push(violation);
    }
  }
  const waivedAfter = new Set(after.filter((v) => v.waived === true).map((v) => keyOf(v, v.nodeIds)));
  const resolved: Violation[] = [];
  const newlyWaived: Violation[] = [];
  for (const [key, list] of beforeByKey) (waivedAfter.has(key) ? newlyWaived : resolved).push(...list);
  return {
    introduced,
    resolved,
    unchanged,
    newlyWaived,
    waived: {
      before: before.length - open(before).length,
      after: after.length - open(after).length,
    },
  };
}
