/** What every rule check receives: the plan, its index, and the rule's settings. */
import type { Plan } from '../model/types';
import type { GraphIndex } from '../graph';
import type { RuleSettings } from './settings';

export interface CheckContext {
  readonly plan: Plan;
  readonly index: GraphIndex;
  readonly settings: RuleSettings;
}

/**
 * Reports one violation of the running rule; the engine adds the rule id,
 * the severity and any waiver. Lists of more than one id must already be in
 * their documented order (usually sorted), as the results must not depend on
 * the order of nodes and edges in the file.
 */
export type Emit = (nodeIds: string[], edgeIds: string[], message: string) => void;

export type RuleCheck = (ctx: CheckContext, emit: Emit) => void;
