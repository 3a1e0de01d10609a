/**
 * Pure edits of a plan's `rules` object (rules.md, format.md RuleConfig).
 * A value equal to the catalog default is removed rather than written, so a
 * plan whose settings were changed and changed back saves like one never
 * touched; an emptied entry and an emptied `rules` object go away too.
 * Each returns the same plan object when nothing changes, so the store
 * records no empty undo step.
 */
import type { JsonValue } from '../model/json';
import type { Plan, RuleConfig, Severity } from '../model/types';
import { findRule, isValidOptionValue } from '../rules/catalog';
import { ruleConfigOf } from '../rules/settings';
import { withoutKey } from './fix-kit';

type MutableConfig = { enabled?: boolean; severity?: Severity; options?: Record<string, JsonValue> };

function isEmptyConfig(config: RuleConfig): boolean {
  return (
    config.enabled === undefined &&
    config.severity === undefined &&
    (config.options === undefined || Object.keys(config.options).length === 0)
  );
}

function sameConfig(a: RuleConfig | undefined, b: RuleConfig | undefined): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}

/** Replaces (or removes, when empty) one rule's entry. */
function withRuleConfig(plan: Plan, ruleId: string, config: RuleConfig): Plan {
  const before = ruleConfigOf(plan, ruleId);
  const empty = isEmptyConfig(config);
  if (sameConfig(before, empty ? undefined : config)) return plan;
  const entries = Object.entries(plan.rules ?? {}).filter(([id]) => id !== ruleId);
  if (!empty) entries.push([ruleId, config]);
  if (entries.length > 0) return { ...plan, rules: Object.fromEntries(entries) };
  return withoutKey(plan, 'rules');
}

/** The plan without an optional top-level key (absent, not undefined: files never hold `"rules": null`). */
function editable(plan: Plan, ruleId: string): MutableConfig {
  const config = ruleConfigOf(plan, ruleId) ?? {};
  const copy: MutableConfig = {};
  if (config.enabled !== undefined) copy.enabled = config.enabled;
  if (config.severity !== undefined) copy.severity = config.severity;
  if (config.options !== undefined) copy.options = { ...config.options };
  return copy;
}

export function setRuleEnabled(plan: Plan, ruleId: string, enabled: boolean): Plan {
  const config = editable(plan, ruleId);
  if (enabled) delete config.enabled;
  else config.enabled = false;
  return withRuleConfig(plan, ruleId, config);
}

export function setRuleSeverity(plan: Plan, ruleId: string, severity: Severity): Plan {
  const config = editable(plan, ruleId);
  if (findRule(ruleId)?.defaultSeverity === severity) delete config.severity;
  else config.severity = severity;
  return withRuleConfig(plan, ruleId, config);
}

/** Sets a numeric option; values the loader would refuse (not a positive integer, 0 where it is not "off") are refused. */
export function setRuleOption(plan: Plan, ruleId: string, name: string, value: number): Plan {
  const declared = findRule(ruleId)?.options?.find((option) => option.name === name);
  if (!isValidOptionValue(declared ?? { name, description: '', default: 1 }, value)) return plan;
  const config = editable(plan, ruleId);
  const entries = Object.entries(config.options ?? {}).filter(([key]) => key !== name);
  if (declared?.default !== value) entries.push([name, value]);
  if (entries.length === 0) delete config.options;
  else config.options = Object.fromEntries(entries);
  return withRuleConfig(plan, ruleId, config);
}

/** Back to the catalog's defaults for this rule. */
export function resetRule(plan: Plan, ruleId: string): Plan {
  return withRuleConfig(plan, ruleId, {});
}
