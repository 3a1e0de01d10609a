/**
 * The catalog as one source of truth: each rule is one module named by its id
 * (src/shared/rules/<rule-id>.ts) and one line in all-rules.ts; the catalog,
 * the options the loader accepts, the quick fixes and the docs come from there.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '@shared/rules/all-rules';
import { RULE_CATALOG, UNWAIVABLE_RULES } from '@shared/rules/catalog';
import { parsePlan } from '@shared/format/parse';
import type { RuleModule } from '@shared/rules/support/rule-types';

const rulesDir = fileURLToPath(new URL('../../../src/shared/rules/', import.meta.url));

/** The modules at the top of src/shared/rules that are the engine and its facades, not rules. */
const ENGINE = ['all-rules', 'catalog', 'catalog-markdown', 'check', 'settings', 'violation'];

function isRuleModule(value: unknown): value is RuleModule {
  return typeof value === 'object' && value !== null && 'meta' in value && 'check' in value;
}

describe('one module per rule', () => {
  it('registers every rule module, each named by its rule id, and nothing else', async () => {
    const files = readdirSync(rulesDir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.slice(0, -3))
      .filter((name) => !ENGINE.includes(name))
      .sort();
    expect(files).toEqual(RULES.map((rule) => rule.meta.id).sort());
    for (const name of files) {
      const module = (await import(`${rulesDir}${name}.ts`)) as Record<string, unknown>;
      const rules = Object.values(module).filter(isRuleModule);
      expect(rules, name).toHaveLength(1);
      expect(rules[0]?.meta.id, name).toBe(name);
      expect(RULES.includes(rules[0] as (typeof RULES)[number]), name).toBe(true);
    }
  });

  it('derives the catalog from the rule modules: the same metadata, in the same order, as plain data', () => {
    expect(RULE_CATALOG).toEqual(RULES.map((rule) => rule.meta));
    expect(JSON.parse(JSON.stringify(RULE_CATALOG))).toEqual(RULE_CATALOG);
    expect([...UNWAIVABLE_RULES].sort()).toEqual(['stale-waiver', 'unknown-rule']);
  });

  it('checks rule options on load from the catalog’s declaration, not a second list', () => {
    const withMax = (max: unknown): string =>
      JSON.stringify({
        format: 'org-planner',
        version: 1,
        nodes: [],
        edges: [],
        rules: { 'span-of-control': { max }, 'pm-has-po': { max } },
      });
    // span-of-control declares max: it must be a positive integer; pm-has-po declares no options.
    const bad = parsePlan(withMax(0));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad)).toContain('span-of-control');
    if (!bad.ok) expect(JSON.stringify(bad)).not.toContain('pm-has-po');
  });
});
