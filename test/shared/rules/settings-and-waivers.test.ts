import { describe, expect, it } from 'vitest';
import { checkPlan, findStaleWaivers, resolveRuleSettings } from '@shared/rules/check';
import { summarizeViolations } from '@shared/rules/violation';
import { makePlan, member, person, pm, po, reports, team, violationsOf } from './helpers';

/** A PO in a team with a developer, reporting to a PM: no rule has anything to say. */
const clean = makePlan(
  [pm('m', 'Alex'), po('o', 'Sam'), team('t', 'Payments'), person('d', 'Kim')],
  [reports('r', 'o', 'm'), member('mo', 'o', 't'), member('md', 'd', 't')],
);

describe('a clean plan', () => {
  it('has no violations at all', () => {
    expect(checkPlan(clean)).toEqual([]);
  });
});

describe('rule settings', () => {
  const lonePo = makePlan([po('o', 'Sam'), team('t')], [member('mo', 'o', 't')]);

  it('resolves defaults from the catalog', () => {
    expect(resolveRuleSettings(lonePo, 'span-of-control')).toEqual({
      enabled: true,
      severity: 'warning',
      options: { max: 8, min: 0 },
    });
    expect(resolveRuleSettings(lonePo, 'po-in-team')).toEqual({ enabled: true, severity: 'error', options: {} });
  });

  it('skips a disabled rule', () => {
    const plan = { ...lonePo, rules: { 'po-reports-to-pm': { enabled: false } } };
    expect(violationsOf(lonePo, 'po-reports-to-pm')).toHaveLength(1);
    expect(violationsOf(plan, 'po-reports-to-pm')).toEqual([]);
  });

  it('applies a severity override', () => {
    const plan = { ...lonePo, rules: { 'po-reports-to-pm': { severity: 'error' as const } } };
    expect(violationsOf(plan, 'po-reports-to-pm').map((v) => v.severity)).toEqual(['error']);
  });

  it('reads the span-of-control max option, and ignores a bad one from code', () => {
    const nodes = [pm('m', 'Alex'), po('a'), po('b'), po('c')];
    const edges = [reports('1', 'a', 'm'), reports('2', 'b', 'm'), reports('3', 'c', 'm')];
    const plan = makePlan(nodes, edges, { rules: { 'span-of-control': { options: { max: 2 } } } });
    expect(resolveRuleSettings(plan, 'span-of-control').options).toEqual({ max: 2, min: 0 });
    expect(violationsOf(plan, 'span-of-control')).toEqual([
      {
        ruleId: 'span-of-control',
        severity: 'warning',
        message: 'Alex (PM) has 3 direct reports (more than 2)',
        nodeIds: ['m', 'a', 'b', 'c'],
        edgeIds: ['1', '2', '3'],
      },
    ]);
    const bad = makePlan(nodes, edges, { rules: { 'span-of-control': { options: { max: -1 } } } });
    expect(resolveRuleSettings(bad, 'span-of-control').options).toEqual({ max: 8, min: 0 });
  });

  it('treats prototype names as unknown rule ids, never as settings', () => {
    const plan = makePlan([po('__proto__', 'Sam')], [], {
      rules: {},
      waivers: [
        { ruleId: 'constructor', nodeId: '__proto__', reason: 'r' },
        { ruleId: 'toString', nodeId: 'hasOwnProperty', reason: 'r' },
      ],
    });
    expect(resolveRuleSettings(plan, 'pm-has-po')).toEqual({ enabled: true, severity: 'info', options: {} });
    expect(violationsOf(plan, 'unknown-rule').map((v) => [v.message, v.nodeIds])).toEqual([
      ['Unknown rule "toString" in a waiver', []],
      ['Unknown rule "constructor" in a waiver', ['__proto__']],
    ]);
  });
});

describe('waivers', () => {
  const lonePo = makePlan([po('o', 'Sam'), team('t'), person('d')], [member('mo', 'o', 't'), member('md', 'd', 't')], {
    waivers: [{ ruleId: 'po-reports-to-pm', nodeId: 'o', reason: 'Reports to the CEO for now' }],
  });

  it('returns a waived violation flagged with its reason, and the summary counts it only as waived', () => {
    const violations = checkPlan(lonePo);
    expect(violations).toEqual([
      {
        ruleId: 'po-reports-to-pm',
        severity: 'warning',
        message: 'Sam (PO) reports to nobody',
        nodeIds: ['o'],
        edgeIds: [],
        waived: true,
        waiverReason: 'Reports to the CEO for now',
      },
    ]);
    expect(summarizeViolations(violations)).toEqual({ errors: 0, warnings: 0, infos: 0, waived: 1 });
  });

  it('only waives violations whose first node is the waiver’s node', () => {
    // The waiver names the PM; pm-not-under-po's violation is about the PM first, so it is waived,
    // while the same rule's violation about another PM is not.
    const plan = makePlan(
      [pm('m', 'Alex'), pm('n', 'Bea'), po('o', 'Sam')],
      [reports('1', 'm', 'o'), reports('2', 'n', 'o')],
      {
        waivers: [
          { ruleId: 'pm-not-under-po', nodeId: 'm', reason: 'Interim' },
          { ruleId: 'pm-not-under-po', nodeId: 'o', reason: 'x' },
        ],
      },
    );
    const found = violationsOf(plan, 'pm-not-under-po');
    expect(found.map((v) => [v.nodeIds[0], v.waived])).toEqual([
      ['m', true],
      ['n', undefined],
    ]);
    // The waiver on the PO matches nothing: PO ids come second in this rule.
    expect(violationsOf(plan, 'stale-waiver').map((v) => v.nodeIds)).toEqual([['o']]);
  });

  it('reports a waiver whose node is gone, with no node ids', () => {
    const plan = { ...clean, waivers: [{ ruleId: 'po-in-team', nodeId: 'gone', reason: 'Old' }] };
    expect(checkPlan(plan)).toEqual([
      {
        ruleId: 'stale-waiver',
        severity: 'info',
        message: 'Waiver for po-in-team names node "gone", which no longer exists',
        nodeIds: [],
        edgeIds: [],
        waiver: { ruleId: 'po-in-team', nodeId: 'gone' },
      },
    ]);
    expect(findStaleWaivers(plan, checkPlan(plan))).toEqual(plan.waivers);
  });

  it('reports a waiver that no longer matches a violation', () => {
    const plan = { ...clean, waivers: [{ ruleId: 'po-in-team', nodeId: 'o', reason: 'Was teamless' }] };
    expect(checkPlan(plan)).toEqual([
      {
        ruleId: 'stale-waiver',
        severity: 'info',
        message: 'Waiver for po-in-team on Sam (PO) no longer matches any problem',
        nodeIds: ['o'],
        edgeIds: [],
        waiver: { ruleId: 'po-in-team', nodeId: 'o' },
      },
    ]);
  });

  it('treats the waiver of a disabled rule as stale (spec-literal: it accepts nothing)', () => {
    const plan = { ...lonePo, rules: { 'po-reports-to-pm': { enabled: false } } };
    expect(checkPlan(plan).map((v) => [v.ruleId, v.nodeIds])).toEqual([['stale-waiver', ['o']]]);
  });

  it('does not let unknown-rule or stale-waiver be waived', () => {
    const plan = {
      ...clean,
      rules: { 'no-such-rule': {} },
      waivers: [
        { ruleId: 'stale-waiver', nodeId: 'o', reason: 'Quiet' },
        { ruleId: 'unknown-rule', nodeId: 'm', reason: 'Quiet' },
      ],
    };
    const violations = checkPlan(plan);
    expect(violations.some((v) => v.waived === true)).toBe(false);
    expect(violations.map((v) => [v.ruleId, v.nodeIds, v.message])).toEqual([
      ['stale-waiver', ['m'], 'Waiver for unknown-rule on Alex (PM) has no effect: this rule cannot be waived'],
      ['stale-waiver', ['o'], 'Waiver for stale-waiver on Sam (PO) has no effect: this rule cannot be waived'],
      ['unknown-rule', [], 'Unknown rule "no-such-rule" in the plan\'s rule settings'],
    ]);
  });

  it('findStaleWaivers keeps plan order and ignores unknown rule ids', () => {
    const waivers = [
      { ruleId: 'po-in-team', nodeId: 'o', reason: 'stale: fixed' },
      { ruleId: 'po-reports-to-pm', nodeId: 'o', reason: 'live' },
      { ruleId: 'typo-rule', nodeId: 'o', reason: 'unknown, not stale' },
      { ruleId: 'pm-has-po', nodeId: 'nobody', reason: 'stale: gone' },
    ];
    const plan = makePlan([po('o'), team('t')], [member('1', 'o', 't')], { waivers });
    expect(findStaleWaivers(plan, checkPlan(plan))).toEqual([waivers[0], waivers[3]]);
  });

  it('picks the smallest reason when two waivers accept the same violation', () => {
    const plan = {
      ...lonePo,
      waivers: [
        { ruleId: 'po-reports-to-pm', nodeId: 'o', reason: 'b reason' },
        { ruleId: 'po-reports-to-pm', nodeId: 'o', reason: 'a reason' },
      ],
    };
    expect(checkPlan(plan).map((v) => v.waiverReason)).toEqual(['a reason']);
  });
});

describe('unknown-rule', () => {
  it('reports an id that is in settings and in waivers once, with the existing waived nodes sorted', () => {
    const plan = {
      ...clean,
      rules: { 'future-rule': { severity: 'error' as const }, 'po-in-team': {} },
      waivers: [
        { ruleId: 'future-rule', nodeId: 'o', reason: 'r' },
        { ruleId: 'future-rule', nodeId: 'gone', reason: 'r' },
        { ruleId: 'future-rule', nodeId: 'm', reason: 'r' },
        { ruleId: 'other-rule', nodeId: 'gone', reason: 'r' },
      ],
    };
    expect(checkPlan(plan)).toEqual([
      {
        ruleId: 'unknown-rule',
        severity: 'info',
        message: 'Unknown rule "other-rule" in a waiver',
        nodeIds: [],
        edgeIds: [],
      },
      {
        ruleId: 'unknown-rule',
        severity: 'info',
        message: 'Unknown rule "future-rule" in the plan\'s rule settings and in 3 waivers',
        nodeIds: ['m', 'o'],
        edgeIds: [],
      },
    ]);
  });

  it('can be switched off or made a warning', () => {
    const base = { ...clean, rules: { nope: {} } };
    expect(checkPlan({ ...base, rules: { ...base.rules, 'unknown-rule': { enabled: false } } })).toEqual([]);
    expect(checkPlan({ ...base, rules: { ...base.rules, 'unknown-rule': { severity: 'warning' } } })).toEqual([
      {
        ruleId: 'unknown-rule',
        severity: 'warning',
        message: 'Unknown rule "nope" in the plan\'s rule settings',
        nodeIds: [],
        edgeIds: [],
      },
    ]);
  });
});

describe('messages', () => {
  it('are never blank: empty names show the id, vacant roles say so', () => {
    const plan = makePlan([po('o-1', ''), po('o-2', '', { vacant: true }), po('o-3', 'Future PO', { vacant: true })]);
    expect(violationsOf(plan, 'po-reports-to-pm').map((v) => v.message)).toEqual([
      '"o-1" (PO) reports to nobody',
      'Open role "o-2" (PO) reports to nobody',
      'Future PO (vacant PO) reports to nobody',
    ]);
  });

  it('do not change the case of people’s names', () => {
    expect(violationsOf(makePlan([po('o', 'dee')]), 'po-in-team').map((v) => v.message)).toEqual([
      'dee (PO) is not a member of any team',
    ]);
  });
});
