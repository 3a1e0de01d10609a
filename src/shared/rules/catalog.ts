/**
 * The rule catalog as data (rules.md): the UI's rule panel, the CLI's `rules`
 * command, the SARIF export and the docs read it from here. It is derived from
 * the one list of rule modules (all-rules.ts), so an id, a severity or a quote
 * is written once, in its rule's module.
 */
import { RULES } from './all-rules';
import type { RuleMeta } from './support/rule-types';

export { QUOTE_SEPARATOR, isValidOptionValue, type RuleOptionInfo, type RuleTension } from './support/rule-types';

export type RuleId = (typeof RULES)[number]['meta']['id'];

export type RuleInfo = RuleMeta<RuleId>;

/** Every rule's metadata, in catalog order: plain data (JSON-ready), no functions. */
export const RULE_CATALOG: readonly RuleInfo[] = RULES.map((rule) => rule.meta);

const BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULE_CATALOG.map((rule) => [rule.id, rule]));

/** The catalog by id, for code that takes it as data (stale-waiver, unknown-rule). */
export const CATALOG_BY_ID: ReadonlyMap<string, RuleInfo> = BY_ID;

export function findRule(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}

export function isKnownRule(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** The rules about the plan's own settings: they can be configured but never waived. */
export const UNWAIVABLE_RULES: ReadonlySet<string> = new Set(
  RULE_CATALOG.filter((rule) => rule.waivable === false).map((rule) => rule.id),
);
