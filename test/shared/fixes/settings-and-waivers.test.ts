/** Rule settings and waiver edits: stored in the plan as format.md says, defaults left out, no-ops return the same plan. */
import { describe, expect, it } from 'vitest';
import {
  addWaiver,
  removeWaiver,
  resetRule,
  setRuleEnabled,
  setRuleOption,
  setRuleSeverity,
  staleWaiverOf,
} from '@shared/fixes';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import type { Plan } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';
import { summarizeViolations } from '@shared/rules/violation';
import { node, plan, smallOrg } from '../edit/fixtures';

const twoPos = (): Plan => plan([node('po', 'po'), node('po2', 'po')]);

describe('rule settings', () => {
  it('switches a rule off and on again; back on, the plan has no rules object', () => {
    const p = twoPos();
    const off = setRuleEnabled(p, 'po-in-team', false);
    expect(off.rules).toEqual({ 'po-in-team': { enabled: false } });
    expect(checkPlan(off).some((v) => v.ruleId === 'po-in-team')).toBe(false);
    const on = setRuleEnabled(off, 'po-in-team', true);
    expect(on).toEqual(p);
    expect('rules' in on).toBe(false);
    expect(setRuleEnabled(p, 'po-in-team', true)).toBe(p);
  });

  it('changes a severity, leaving the default out', () => {
    const p = twoPos();
    const info = setRuleSeverity(p, 'po-in-team', 'info');
    expect(info.rules).toEqual({ 'po-in-team': { severity: 'info' } });
    expect(
      checkPlan(info)
        .filter((v) => v.ruleId === 'po-in-team')
        .map((v) => v.severity),
    ).toEqual(['info', 'info']);
    expect(setRuleSeverity(info, 'po-in-team', 'error')).toEqual(p);
  });

  it('sets span-of-control max, refusing non-positive or fractional values, and keeps other settings', () => {
    const p = setRuleSeverity(twoPos(), 'span-of-control', 'error');
    const three = setRuleOption(p, 'span-of-control', 'max', 3);
    expect(three.rules).toEqual({ 'span-of-control': { severity: 'error', options: { max: 3 } } });
    expect(setRuleOption(three, 'span-of-control', 'max', 0)).toBe(three);
    expect(setRuleOption(three, 'span-of-control', 'max', 2.5)).toBe(three);
    expect(setRuleOption(three, 'span-of-control', 'max', 8).rules).toEqual({
      'span-of-control': { severity: 'error' },
    });
    expect(resetRule(three, 'span-of-control')).toEqual(twoPos());
  });

  it('survives a save and a load', () => {
    const p = setRuleOption(setRuleEnabled(twoPos(), 'pm-has-po', false), 'span-of-control', 'max', 4);
    const loaded = parsePlan(serializePlan(p));
    expect(loaded.ok && loaded.plan.rules).toEqual(p.rules);
  });
});

describe('waivers', () => {
  it('needs a reason, and refuses the unwaivable rules', () => {
    expect(addWaiver(twoPos(), 'po-in-team', 'po', '  ').ok).toBe(false);
    expect(addWaiver(twoPos(), 'stale-waiver', 'po', 'why').ok).toBe(false);
  });

  it('waives one node’s violation: still listed, marked, not counted', () => {
    const result = addWaiver(twoPos(), 'po-in-team', 'po', ' Joins next sprint ');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.waivers).toEqual([{ ruleId: 'po-in-team', nodeId: 'po', reason: 'Joins next sprint' }]);
    const violations = checkPlan(result.plan).filter((v) => v.ruleId === 'po-in-team');
    expect(violations.map((v) => [v.nodeIds[0], v.waived, v.waiverReason])).toEqual([
      ['po', true, 'Joins next sprint'],
      ['po2', undefined, undefined],
    ]);
    expect(summarizeViolations(checkPlan(result.plan)).waived).toBe(1);
  });

  it('replaces a waiver for the same pair, keeps the list sorted, and removes it again', () => {
    let p = twoPos();
    for (const [rule, id, reason] of [
      ['po-reports-to-pm', 'po2', 'b'],
      ['po-in-team', 'po', 'a'],
      ['po-in-team', 'po', 'c'],
    ] as const) {
      const r = addWaiver(p, rule, id, reason);
      if (r.ok) p = r.plan;
    }
    expect(p.waivers?.map((w) => [w.ruleId, w.nodeId, w.reason])).toEqual([
      ['po-in-team', 'po', 'c'],
      ['po-reports-to-pm', 'po2', 'b'],
    ]);
    const removed = removeWaiver(removeWaiver(p, 'po-in-team', 'po'), 'po-reports-to-pm', 'po2');
    expect(removed).toEqual(twoPos());
    expect(removeWaiver(removed, 'po-in-team', 'po')).toBe(removed);
  });

  it('finds the waiver behind a stale-waiver violation, also when its node is gone', () => {
    const p: Plan = {
      ...twoPos(),
      waivers: [
        { ruleId: 'po-in-team', nodeId: 'ghost', reason: 'x' },
        { ruleId: 'pm-has-po', nodeId: 'po', reason: 'y' },
      ],
    };
    const violations = checkPlan(p);
    const stale = violations.filter((v) => v.ruleId === 'stale-waiver');
    expect(stale.map((v) => staleWaiverOf(p, v)?.nodeId).sort()).toEqual(['ghost', 'po']);
  });
});

describe('staleWaiverOf', () => {
  it('reads the waiver a stale-waiver problem is about from its data, not from its message', () => {
    const p: Plan = {
      ...smallOrg(),
      waivers: [
        { ruleId: 'po-in-team', nodeId: 'ghost', reason: 'gone' },
        { ruleId: 'po-in-team', nodeId: 'po', reason: 'fixed' },
      ],
    };
    const stale = checkPlan(p).filter((v) => v.ruleId === 'stale-waiver');
    expect(stale).toHaveLength(2);
    // Messages are for people and may be reworded: the waiver must still be found.
    const reworded = stale.map((v) => ({ ...v, message: 'This waiver is out of date' }));
    expect(reworded.map((v) => staleWaiverOf(p, v)?.nodeId).sort()).toEqual(['ghost', 'po']);
  });
});
