/**
 * stale-waiver: a waiver whose node is gone, or that accepts no current
 * violation (the problem was fixed, or its rule is switched off). Waivers
 * naming unknown rules are unknown-rule's, so they are not reported twice.
 */
import type { Plan, Waiver } from '../../model/types';
import { UNWAIVABLE_RULES, isKnownRule } from '../catalog';
import type { Emit } from '../context';
import { nodeLabel } from '../labels';
import type { GraphIndex } from '../../graph';
import type { Violation } from '../violation';
import { WaiverBook, acceptingWaiver } from '../waivers';

type Staleness = 'missing-node' | 'unwaivable' | 'no-match';

function staleness(waiver: Waiver, hasNode: (id: string) => boolean, book: WaiverBook): Staleness | undefined {
  if (!isKnownRule(waiver.ruleId)) return undefined;
  if (!hasNode(waiver.nodeId)) return 'missing-node';
  if (UNWAIVABLE_RULES.has(waiver.ruleId)) return 'unwaivable';
  return book.isUsed(waiver) ? undefined : 'no-match';
}

/**
 * The plan's stale waivers, in plan order, given its violations (checkPlan's
 * output): what the UI offers to remove. Independent of whether the
 * stale-waiver rule is enabled.
 */
export function findStaleWaivers(plan: Plan, violations: readonly Violation[]): Waiver[] {
  const waivers = plan.waivers ?? [];
  if (waivers.length === 0) return [];
  const book = new WaiverBook(waivers);
  for (const v of violations) {
    if (!UNWAIVABLE_RULES.has(v.ruleId)) acceptingWaiver(book.forRule(v.ruleId), v.ruleId, v.nodeIds);
  }
  const ids = new Set(plan.nodes.map((node) => node.id));
  return waivers.filter((w) => staleness(w, (id) => ids.has(id), book) !== undefined);
}

/** Reports the stale waivers; `book` has recorded which waivers the other rules' violations used. */
export function checkStaleWaivers(plan: Plan, index: GraphIndex, book: WaiverBook, emit: Emit): void {
  const hasNode = (id: string): boolean => index.hasNode(id);
  for (const waiver of plan.waivers ?? []) {
    const why = staleness(waiver, hasNode, book);
    if (why === undefined) continue;
    const rule = waiver.ruleId;
    if (why === 'missing-node') {
      emit([], [], `Waiver for ${rule} names node "${waiver.nodeId}", which no longer exists`);
      continue;
    }
    const label = nodeLabel(index.node(index.indexOf(waiver.nodeId)));
    emit(
      [waiver.nodeId],
      [],
      why === 'unwaivable'
        ? `Waiver for ${rule} on ${label} has no effect: this rule cannot be waived`
        : `Waiver for ${rule} on ${label} no longer matches any problem`,
    );
  }
}
