/**
 * What a rule module needs to offer quick fixes: the QuickFix shape, the
 * candidate signature, and the edits fixes share. It imports no rule, so rule
 * modules can import it without a cycle (fixes/quick-fixes.ts imports the rules).
 */
import { connect } from '../edit/connect';
import { displayName } from '../edit/describe';
import { createIdGenerator } from '../edit/ids';
import { indexPlan } from '../graph/index-plan';
import type { NodeKind, Plan } from '../model/types';
import type { Violation } from '../rules/violation';

export interface QuickFix {
  /** Stable for a given violation: `<rule id>:<what it does>`. */
  readonly id: string;
  readonly label: string;
  readonly apply: (plan: Plan) => Plan;
}

/**
 * A possible fix for one violation of `plan`, or undefined when the right edit
 * is not unambiguous; `violations` is checkPlan(plan).
 */
export type FixCandidate = (plan: Plan, v: Violation, violations: readonly Violation[]) => QuickFix | undefined;

/** The plan's one node of this kind, or undefined when it has none or several. */
export function onlyNodeOfKind(plan: Plan, kind: NodeKind): string | undefined {
  let found: string | undefined;
  for (const node of plan.nodes) {
    if (node.kind !== kind) continue;
    if (found !== undefined) return undefined;
    found = node.id;
  }
  return found;
}

export function nameOf(plan: Plan, id: string): string {
  const node = indexPlan(plan).nodeById.get(id);
  return node === undefined ? id : displayName(node);
}

/** A new edge drawn like the user would, through `connect` (same refusals, same ids). */
export function connectFix(id: string, label: string, from: string, to: string): QuickFix {
  return {
    id,
    label,
    apply: (plan) => {
      const result = connect(plan, from, to, createIdGenerator(plan), 'exact');
      return result.ok ? result.plan : plan;
    },
  };
}

/** The plan without one of its optional lists (an empty list is not written). */
export function withoutKey(plan: Plan, key: 'rules' | 'waivers'): Plan {
  const copy: { -readonly [K in keyof Plan]?: Plan[K] } = { ...plan };
  Reflect.deleteProperty(copy, key);
  return copy as Plan;
}

/** Removes every waiver for (rule, node); the same plan when there is none. */
export function removeWaiver(plan: Plan, ruleId: string, nodeId: string): Plan {
  const waivers = plan.waivers ?? [];
  const kept = waivers.filter((w) => w.ruleId !== ruleId || w.nodeId !== nodeId);
  if (kept.length === waivers.length) return plan;
  return kept.length > 0 ? { ...plan, waivers: kept } : withoutKey(plan, 'waivers');
}
