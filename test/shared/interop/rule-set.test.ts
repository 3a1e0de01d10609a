import { describe, expect, it } from 'vitest';
import { parseRuleSet, withRuleSet } from '@shared/interop/rule-set';
import { checkPlan } from '@shared/rules/check';
import { loadFixture } from './plan-fixtures';

describe('parseRuleSet', () => {
  it('reads severities, switches and options as a plan’s rules are read', () => {
    const result = parseRuleSet(
      '{ "rules": { "po-internal-stakeholders-only": { "severity": "warning" }, "span-of-control": { "max": 5 }, "pm-has-po": { "enabled": false } } }',
    );
    expect(result).toEqual({
      ok: true,
      rules: {
        'po-internal-stakeholders-only': { severity: 'warning' },
        'span-of-control': { options: { max: 5 } },
        'pm-has-po': { enabled: false },
      },
    });
  });

  it('refuses what a plan’s rules would refuse, with the path, and duplicate keys and other shapes', () => {
    const problems = (text: string) => {
      const result = parseRuleSet(text);
      return result.ok ? [] : result.problems;
    };
    expect(problems('{ "rules": { "span-of-control": { "max": 0 } } }')).toEqual([
      'rules.span-of-control.max: expected a positive integer',
    ]);
    expect(problems('{ "rules": { "po-in-team": { "severity": "fatal" } } }')[0]).toContain('severity');
    expect(problems('{ "rules": {}, "rules": {} }')[0]).toContain('more than once');
    expect(problems('{ "severity": "error" }')[0]).toContain('expected { "rules"');
    expect(problems('{ "rules": {}, "name": "x" }')).toEqual(['name: not a rule-set key']);
    expect(problems('{')[0]).toContain('not valid JSON');
  });
});

describe('withRuleSet', () => {
  it('replaces the plan’s own settings: the shared set decides, waivers still apply', () => {
    const { plan } = loadFixture('errors');
    const own = { ...plan, rules: { 'po-internal-stakeholders-only': { enabled: false } } };
    expect(checkPlan(own).some((v) => v.ruleId === 'po-internal-stakeholders-only')).toBe(false);
    const shared = withRuleSet(own, { 'po-internal-stakeholders-only': { severity: 'warning' } });
    const found = checkPlan(shared).find((v) => v.ruleId === 'po-internal-stakeholders-only');
    expect(found?.severity).toBe('warning');
  });
});
