/**
 * Waivers in an incremental check: kept violations re-marked when the
 * plan's waivers changed, and the book of used waivers that stale-waiver
 * reads rebuilt from the final violations, the way checkPlan's own rules
 * marked it while emitting them.
 */
import type { Waiver } from '../../model/types';
import type { RuleModule } from '../support/rule-types';
import { acceptingWaiver, WaiverBook } from '../support/waivers';
import type { Violation } from '../violation';

type Lists = Map<string, readonly Violation[]>;

/** The violation as the engine emits it under these waivers: the same object when its mark holds. */
function remarked(v: Violation, book: WaiverBook, anyNode: boolean): Violation {
  const waiver = acceptingWaiver(book.forRule(v.ruleId), anyNode, v.nodeIds);
  if (waiver === undefined ? v.waived !== true : v.waived === true && v.waiverReason === waiver.reason) return v;
  const { ruleId, severity, message, nodeIds, edgeIds } = v;
  if (waiver === undefined) return { ruleId, severity, message, nodeIds, edgeIds };
  return { ruleId, severity, message, nodeIds, edgeIds, waived: true, waiverReason: waiver.reason };
}

/** Marks the waivable rules' violations anew against `waivers`. */
export function remarkWaivers(lists: Lists, rules: readonly RuleModule[], waivers: readonly Waiver[]): void {
  const book = new WaiverBook(waivers);
  for (const rule of rules) {
    const old = lists.get(rule.meta.id);
    if (old === undefined) continue;
    const anyNode = rule.meta.waivedOnAnyNode === true;
    lists.set(
      rule.meta.id,
      old.map((v) => remarked(v, book, anyNode)),
    );
  }
}

/** The waiver book with every waiver these violations use marked, as after a full check. */
export function usedWaivers(lists: Lists, rules: readonly RuleModule[], waivers: readonly Waiver[]): WaiverBook {
  const book = new WaiverBook(waivers);
  for (const rule of rules) {
    const anyNode = rule.meta.waivedOnAnyNode === true;
    for (const v of lists.get(rule.meta.id) ?? []) acceptingWaiver(book.forRule(v.ruleId), anyNode, v.nodeIds);
  }
  return book;
}
