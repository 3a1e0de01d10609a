/**
 * While a connection is dragged: the problems dropping it would add. The
 * plan before is checked once (callers pass its memoised violations), the
 * plan after once per target node under the pointer.
 */
import { applyConnection, checkConnection } from '../edit/connect';
import { createIdGenerator } from '../edit/ids';
import type { ConnectDirection } from '../graph/connections';
import type { Plan } from '../model/types';
import { checkPlan } from '../rules/check';
import type { Violation } from '../rules/violation';
import { violationKey } from './key';

export function newViolationsIfConnected(
  plan: Plan,
  before: readonly Violation[],
  fromId: string,
  toId: string,
  side: ConnectDirection,
): Violation[] {
  const check = checkConnection(plan, fromId, toId, side);
  if (!check.ok) return [];
  const { plan: after, edgeId } = applyConnection(plan, check, createIdGenerator(plan));
  const known = new Set(before.map(violationKey));
  // Only problems that involve the new line or either end: not ones that were merely renumbered elsewhere.
  const ends = new Set([check.edge.source, check.edge.target]);
  return checkPlan(after).filter(
    (v) =>
      v.waived !== true &&
      !known.has(violationKey(v)) &&
      (v.edgeIds.includes(edgeId) || v.nodeIds.some((id) => ends.has(id))),
  );
}
