/**
 * A rule's effective settings in one plan: the catalog defaults overridden by
 * the plan's `rules` entry (format.md RuleConfig).
 */
import type { Plan, RuleConfig, Severity } from '../model/types';
import { findRule, isValidOptionValue, type RuleId } from './catalog';

export interface RuleSettings {
  enabled: boolean;
  severity: Severity;
  /** Every option the catalog declares for the rule, with the plan's value or its default. */
  options: Readonly<Record<string, number>>;
}

/** The plan's entry for a rule id; own keys only, so ids like "toString" never hit Object.prototype. */
export function ruleConfigOf(plan: Plan, ruleId: string): RuleConfig | undefined {
  const rules = plan.rules;
  return rules !== undefined && Object.hasOwn(rules, ruleId) ? rules[ruleId] : undefined;
}

export function resolveRuleSettings(plan: Plan, ruleId: RuleId): RuleSettings {
  const info = findRule(ruleId);
  const config = ruleConfigOf(plan, ruleId);
  const options: Record<string, number> = {};
  for (const option of info?.options ?? []) {
    const given =
      config?.options !== undefined && Object.hasOwn(config.options, option.name)
        ? config.options[option.name]
        : undefined;
    // The loader refuses a bad value in a file; a plan built in code falls back to the default.
    options[option.name] = isValidOptionValue(option, given) ? given : option.default;
  }
  return {
    enabled: config?.enabled ?? true,
    severity: config?.severity ?? info?.defaultSeverity ?? 'info',
    options,
  };
}
