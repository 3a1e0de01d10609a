/**
 * Why a waiver is stale, if it is: its node is gone, its rule cannot be
 * waived, or it accepted no violation. Waivers naming unknown rules are
 * unknown-rule's, so they are not stale. The catalog comes in as data, so
 * this module (and stale-waiver.ts) import no list of rules.
 */
import type { Waiver } from '../../model/types';
import type { RuleMeta } from './rule-types';
import type { WaiverBook } from './waivers';

export type Staleness = 'missing-node' | 'unwaivable' | 'no-match';

export function staleness(
  waiver: Waiver,
  hasNode: (id: string) => boolean,
  book: WaiverBook,
  catalog: ReadonlyMap<string, RuleMeta>,
): Staleness | undefined {
  const rule = catalog.get(waiver.ruleId);
  if (rule === undefined) return undefined;
  if (!hasNode(waiver.nodeId)) return 'missing-node';
  if (rule.waivable === false) return 'unwaivable';
  return book.isUsed(waiver) ? undefined : 'no-match';
}
