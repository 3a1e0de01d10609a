/** Issue 12 items 5 and 6: internal stakeholders have a PO, teams have developers. */
import { describe, expect, it } from 'vitest';
import { engages, makePlan, member, person, pm, po, stakeholder, team, violationsOf } from './helpers';

describe('internal-stakeholder-has-po', () => {
  it('passes when a PO engages the internal stakeholder, even if a PM does too', () => {
    const plan = makePlan(
      [po('o'), pm('m'), stakeholder('s', 'internal')],
      [engages('e1', 'o', 's'), engages('e2', 'm', 's')],
    );
    expect(violationsOf(plan, 'internal-stakeholder-has-po')).toEqual([]);
  });

  it('counts a vacant PO', () => {
    const plan = makePlan([po('o', '', { vacant: true }), stakeholder('s', 'internal')], [engages('e', 'o', 's')]);
    expect(violationsOf(plan, 'internal-stakeholder-has-po')).toEqual([]);
  });

  it('flags an internal stakeholder engaged only by a PM; external ones are exempt', () => {
    const plan = makePlan(
      [pm('m'), stakeholder('s', 'internal', 'Finance'), stakeholder('x', 'external')],
      [engages('e', 'm', 's')],
    );
    expect(violationsOf(plan, 'internal-stakeholder-has-po')).toEqual([
      {
        ruleId: 'internal-stakeholder-has-po',
        severity: 'warning',
        message: 'Internal stakeholder "Finance" is not engaged by any Product Owner',
        nodeIds: ['s'],
        edgeIds: [],
      },
    ]);
  });

  it('does not count an engages line from a team (an invalid line never satisfies a rule)', () => {
    const plan = makePlan([team('t'), po('o'), stakeholder('s', 'internal')], [engages('e', 't', 's')]);
    expect(violationsOf(plan, 'internal-stakeholder-has-po').map((v) => v.nodeIds)).toEqual([['s']]);
  });
});

describe('team-has-developers', () => {
  it('passes when a person besides the PO is a member, vacant or not', () => {
    const plan = makePlan(
      [team('t'), po('o'), person('d', 'Dev'), team('u'), person('v', '', { vacant: true })],
      [member('m1', 'o', 't'), member('m2', 'd', 't'), member('m3', 'v', 'u')],
    );
    expect(violationsOf(plan, 'team-has-developers')).toEqual([]);
  });

  it('notes a team whose only member is its PO, and one with no members at all', () => {
    const plan = makePlan([team('a', 'Cart'), po('o'), team('b', 'Refunds')], [member('m', 'o', 'a')]);
    expect(violationsOf(plan, 'team-has-developers')).toEqual([
      {
        ruleId: 'team-has-developers',
        severity: 'info',
        message: 'Team "Cart" has no members besides its Product Owner',
        nodeIds: ['a'],
        edgeIds: [],
      },
      {
        ruleId: 'team-has-developers',
        severity: 'info',
        message: 'Team "Refunds" has no members',
        nodeIds: ['b'],
        edgeIds: [],
      },
    ]);
  });

  it('does not count a PM as a developer', () => {
    const plan = makePlan([team('t', 'Core'), po('o'), pm('m')], [member('a', 'o', 't'), member('b', 'm', 't')]);
    expect(violationsOf(plan, 'team-has-developers').map((v) => v.message)).toEqual([
      'Team "Core" has no developers: its members are all Product Managers or Product Owners',
    ]);
  });

  it('does not count a member-of line from a stakeholder', () => {
    const plan = makePlan([team('t'), stakeholder('s', 'internal')], [member('a', 's', 't')]);
    expect(violationsOf(plan, 'team-has-developers').map((v) => v.nodeIds)).toEqual([['t']]);
  });
});
