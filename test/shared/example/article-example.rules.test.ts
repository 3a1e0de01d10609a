import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { checkPlan } from '@shared/rules/check';

describe('articleExamplePlan against the rule catalog', () => {
  it('breaks exactly two rules, once each, and notes only the teams drawn without developers', () => {
    const violations = checkPlan(articleExamplePlan());
    expect(violations.map((v) => [v.ruleId, v.severity, v.nodeIds[0]])).toEqual([
      ['po-internal-stakeholders-only', 'error', 'po-cart'],
      ['team-has-one-po', 'warning', 'team-refunds'],
      ['team-has-developers', 'info', 'team-cards'],
      ['team-has-developers', 'info', 'team-cart'],
      ['team-has-developers', 'info', 'team-delivery'],
    ]);
  });
});
