/** What every rule check receives: the plan, its index, the rule's settings and the plan's waivers. */
import type { Plan } from '../../model/types';
import type { GraphIndex } from '../../graph';
import type { RuleSettings } from '../settings';
import type { WaiverRef } from '../violation';
import type { RuleMeta } from './rule-types';
import type { WaiverBook } from './waivers';

export interface CheckContext {
  readonly plan: Plan;
  readonly index: GraphIndex;
  readonly settings: RuleSettings;
  /** Which waivers the waivable rules' violations used: read by stale-waiver, which runs after them. */
  readonly waivers: WaiverBook;
  /** The catalog by id, as data: what unknown-rule and stale-waiver know of the other rules. */
  readonly catalog: ReadonlyMap<string, RuleMeta>;
}

/**
 * Reports one violation of the running rule; the engine adds the rule id,
 * the severity and any waiver. Lists of more than one id must already be in
 * their documented order (usually sorted), as the results must not depend on
 * the order of nodes and edges in the file. `waiver` names the waiver a
 * violation is about (stale-waiver only), as data rather than in the message.
 */
export type Emit = (nodeIds: string[], edgeIds: string[], message: string, waiver?: WaiverRef) => void;

export type RuleCheck = (ctx: CheckContext, emit: Emit) => void;
