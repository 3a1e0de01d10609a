/**
 * A shareable rule set (`check --rules team-rules.json`): `{ "rules": { ruleId:
 * { enabled?, severity?, ...options } } }`, the same shape and checks as a
 * plan's own `rules` (format.md), kept beside many plans so a company applies
 * one set to all of them. Applied, it replaces each plan's own settings.
 */
import { scanJsonText } from '../format/json-scan';
import { loadPlanValue } from '../format/load';
import { planToJsonValue } from '../format/serialize';
import { isJsonObject } from '../model/json';
import { formatProblem } from '../model/problems';
import { emptyPlan, FORMAT_NAME, FORMAT_VERSION, type Plan, type RuleConfig } from '../model/types';

export type RuleSet = Readonly<Record<string, RuleConfig>>;

export type RuleSetResult = { ok: true; rules: RuleSet } | { ok: false; problems: string[] };

/** Reads a rule-set file's text; every problem is named by its JSON path, as for plans. */
export function parseRuleSet(text: string): RuleSetResult {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const structural = scanJsonText(json);
  if (structural !== undefined) return { ok: false, problems: [formatProblem(structural)] };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isJsonObject(value) || !isJsonObject(value.rules)) {
    return { ok: false, problems: ['expected { "rules": { "<rule id>": { "enabled", "severity", options } } }'] };
  }
  const unknownKeys = Object.keys(value).filter((key) => key !== 'rules');
  if (unknownKeys.length > 0) return { ok: false, problems: unknownKeys.map((key) => `${key}: not a rule-set key`) };
  // The plan loader's own checks of `rules`, on an otherwise empty plan: one definition of what is valid.
  const loaded = loadPlanValue({
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    nodes: [],
    edges: [],
    rules: value.rules,
  });
  if (!loaded.ok) return { ok: false, problems: loaded.errors.map(formatProblem) };
  return { ok: true, rules: loaded.plan.rules ?? {} };
}

/** The plan checked under the shared rule set instead of its own settings (its waivers still apply). */
export function withRuleSet(plan: Plan, rules: RuleSet): Plan {
  return { ...plan, rules };
}

/** The rule set file for `rules` (the app's Save rule set…): the plan file's `rules` object, sorted, under `rules`. */
export function ruleSetToText(rules: RuleSet): string {
  const { rules: written } = planToJsonValue({ ...emptyPlan(), rules });
  return `${JSON.stringify({ rules: written ?? {} }, null, 2)}\n`;
}

/** What a loaded rule set holds, for the notice after loading it. */
export function describeRuleSet(rules: RuleSet): string {
  const configs = Object.values(rules);
  const off = configs.filter((config) => config.enabled === false).length;
  const severities = configs.filter((config) => config.severity !== undefined).length;
  const options = configs.filter(
    (config) => config.options !== undefined && Object.keys(config.options).length > 0,
  ).length;
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  return `${plural(configs.length, 'rule', 'rules')} set: ${off} switched off, ${plural(severities, 'severity', 'severities')} and ${plural(options, 'rule’s options', 'rules’ options')} changed`;
}
