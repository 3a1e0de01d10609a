/**
 * The per-document rule overrides: `{ enabled?, severity?, ...options }`.
 * Options of known rules (the catalog's) are checked here so a bad value fails loudly on load
 * instead of silently falling back to a default during checks.
 */
import { checkExtraValues, checkKeys, optionalBoolean, requireObject } from './checks';
import { childPath, pickExtras, type JsonObject } from './json';
import type { ProblemList } from './problems';
import { SEVERITIES, type RuleConfig, type Severity } from './types';
// The catalog declares each rule's options (all positive integers): the one place they are written.
import { findRule, isValidOptionValue } from '../rules/catalog';

export const RULE_CONFIG_KEYS = ['enabled', 'severity'] as const;
const RULE_CONFIG_KEY_SET: ReadonlySet<string> = new Set(RULE_CONFIG_KEYS);

function readSeverity(obj: JsonObject, path: string, problems: ProblemList): Severity | undefined {
  const value = obj.severity;
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  problems.add(childPath(path, 'severity'), `expected one of ${SEVERITIES.join(', ')}`);
  return undefined;
}

export function readRuleConfig(
  ruleId: string,
  value: unknown,
  path: string,
  problems: ProblemList,
): RuleConfig | undefined {
  const obj = requireObject(value, path, problems);
  if (obj === undefined) return undefined;
  const before = problems.items.length;
  checkKeys(obj, path, problems);
  const enabled = optionalBoolean(obj, 'enabled', path, problems);
  const severity = readSeverity(obj, path, problems);
  for (const option of findRule(ruleId)?.options ?? []) {
    const optionValue = obj[option.name];
    if (optionValue !== undefined && !isValidOptionValue(option, optionValue)) {
      const expected = option.default === 0 ? 'a positive integer, or 0 for off' : 'a positive integer';
      problems.add(childPath(path, option.name), `expected ${expected}`);
    }
  }
  checkExtraValues(obj, RULE_CONFIG_KEY_SET, path, problems);
  if (problems.items.length !== before) return undefined;
  const options = pickExtras(obj, RULE_CONFIG_KEY_SET);
  return {
    ...(enabled !== undefined && { enabled }),
    ...(severity !== undefined && { severity }),
    ...(options !== undefined && { options }),
  };
}
