/**
 * A violation's identity across edits: its rule and the nodes and edges it is
 * about. Messages are left out on purpose: renaming a person changes the
 * message but not which problem the user selected in the panel.
 */
import type { Violation } from '../rules/violation';

export function violationKey(v: Pick<Violation, 'ruleId' | 'nodeIds' | 'edgeIds'>): string {
  return `${v.ruleId}|${v.nodeIds.join(',')}|${v.edgeIds.join(',')}`;
}
