/** Wrong answers of issue 12, each pinned by the behaviour that was wrong. */
import { describe, expect, it } from 'vitest';
import { quickFixesFor } from '@shared/fixes';
import { checkPlan } from '@shared/rules/check';
import {
  dotted,
  engages,
  idsOf,
  makePlan,
  member,
  person,
  pm,
  po,
  reports,
  stakeholder,
  team,
  violationsOf,
} from './helpers';

describe('roles-held-by-different-people and its waivers', () => {
  // The PO node's id sorts before the PM node's: the violation used to start with the PO.
  const combined = makePlan([po('a-po', 'Sam'), pm('pm-2', 'Sam')]);
  const waived = (nodeId: string) => ({
    ...combined,
    waivers: [{ ruleId: 'roles-held-by-different-people', nodeId, reason: 'Combined until Q3 hiring' }],
  });

  it('names the PM side of the pair first, whatever the ids', () => {
    expect(violationsOf(combined, 'roles-held-by-different-people').map((v) => v.nodeIds)).toEqual([['pm-2', 'a-po']]);
  });

  it('is waived by a waiver on the PM node, which is then not stale', () => {
    const result = checkPlan(waived('pm-2'));
    expect(result.find((v) => v.ruleId === 'roles-held-by-different-people')?.waived).toBe(true);
    expect(result.filter((v) => v.ruleId === 'stale-waiver')).toEqual([]);
  });

  it('is waived by a waiver on the PO node too', () => {
    const result = checkPlan(waived('a-po'));
    expect(result.find((v) => v.ruleId === 'roles-held-by-different-people')?.waived).toBe(true);
    expect(result.filter((v) => v.ruleId === 'stale-waiver')).toEqual([]);
  });

  it('leaves neither of two waivers on the pair stale', () => {
    const plan = { ...combined, waivers: [...waived('a-po').waivers, ...waived('pm-2').waivers] };
    expect(checkPlan(plan).filter((v) => v.ruleId === 'stale-waiver')).toEqual([]);
  });
});

describe('duplicate-line', () => {
  it('reports each kind of line drawn twice between the same two nodes, and a doubled self-loop', () => {
    const plan = makePlan(
      [po('o', 'Sam'), pm('m', 'Alex'), team('t', 'Cart'), stakeholder('s', 'internal', 'Sales')],
      [
        reports('r1', 'o', 'm'),
        reports('r2', 'o', 'm'),
        dotted('d1', 'm', 'o'),
        member('t1', 'o', 't'),
        member('t3', 'o', 't'),
        member('t2', 'o', 't'),
        engages('e1', 'o', 's'),
        engages('e2', 'm', 's'),
        dotted('x1', 'm', 'm'),
        dotted('x2', 'm', 'm'),
      ],
    );
    expect(violationsOf(plan, 'duplicate-line').map((v) => [v.message, v.nodeIds, v.edgeIds])).toEqual([
      ['Alex (PM) has 2 dotted-line lines to themselves', ['m'], ['x1', 'x2']],
      ['Sam (PO) has 2 reports-to lines to Alex (PM)', ['o', 'm'], ['r1', 'r2']],
      ['Sam (PO) has 3 member-of lines to team "Cart"', ['o', 't'], ['t1', 't2', 't3']],
    ]);
  });

  it('finds repeats among many lines of one node', () => {
    const stakeholders = Array.from({ length: 40 }, (_, k) => stakeholder(`s${k}`, 'internal'));
    const lines = stakeholders.map((s, k) => engages(`e${k}`, 'm', s.id));
    const plan = makePlan([pm('m', 'Alex'), ...stakeholders], [...lines, engages('again', 'm', 's7')]);
    expect(idsOf(plan, 'duplicate-line')).toEqual([{ nodeIds: ['m', 's7'], edgeIds: ['again', 'e7'] }]);
  });

  it('is fixed by removing the lines drawn after the first', () => {
    const plan = makePlan(
      [person('p', 'Jo'), pm('a', 'Al')],
      [reports('2', 'p', 'a'), reports('1', 'p', 'a'), reports('3', 'p', 'a')],
    );
    const [violation] = violationsOf(plan, 'duplicate-line');
    const fixes = quickFixesFor(plan, violation!);
    expect(fixes.map((fix) => fix.label)).toEqual(['Remove the 2 duplicates']);
    expect(fixes[0]!.apply(plan).edges).toEqual([reports('2', 'p', 'a')]);
  });

  it('never offers to turn a second line to the same manager into a dotted line (the editor refuses that state)', () => {
    const plan = makePlan([person('p', 'Jo'), pm('a', 'Al')], [reports('1', 'p', 'a'), reports('2', 'p', 'a')]);
    const offered = checkPlan(plan).flatMap((v) => quickFixesFor(plan, v).map((fix) => fix.id));
    expect(offered).toEqual(['duplicate-line:remove']);
  });

  it('offers no dotted line where the person already has one to that manager', () => {
    const plan = makePlan(
      [person('p', 'Jo'), pm('a', 'Al'), pm('b', 'Bea')],
      [reports('1', 'p', 'a'), reports('2', 'p', 'b'), dotted('3', 'p', 'b')],
    );
    expect(quickFixesFor(plan, violationsOf(plan, 'single-manager')[0]!)).toEqual([]);
  });
});

describe('pm-outranks-po along the reporting chain', () => {
  it('compares a PO with the nearest PM above them through another manager', () => {
    const plan = makePlan(
      [po('o', 'Sam', { level: 4 }), person('lead', 'Kim'), pm('m', 'Alex', { level: 4 })],
      [reports('1', 'o', 'lead'), reports('2', 'lead', 'm')],
    );
    expect(violationsOf(plan, 'pm-outranks-po').map((v) => [v.message, v.nodeIds, v.edgeIds])).toEqual([
      [
        'Alex (PM) at level 4 is not senior to Sam (PO) at level 4, who is under them, 2 levels down',
        ['o', 'm'],
        ['1', '2'],
      ],
    ]);
  });

  it('stops at the nearest PM, not a more senior one further up', () => {
    const plan = makePlan(
      [po('o', 'Sam', { level: 3 }), pm('near', 'Near', { level: 2 }), pm('top', 'Top', { level: 9 })],
      [reports('1', 'o', 'near'), reports('2', 'near', 'top')],
    );
    expect(idsOf(plan, 'pm-outranks-po')).toEqual([{ nodeIds: ['o', 'near'], edgeIds: ['1'] }]);
  });

  it('says nothing when the nearest PM has no level, and survives a cycle without a PM', () => {
    const plan = makePlan(
      [po('o', 'Sam', { level: 3 }), pm('near', 'Near'), pm('top', 'Top', { level: 1 }), po('c', 'Cy', { level: 5 })],
      [reports('1', 'o', 'near'), reports('2', 'near', 'top'), reports('3', 'c', 'x'), reports('4', 'x', 'c')],
    );
    const withLoop = { ...plan, nodes: [...plan.nodes, person('x', 'X')] };
    expect(violationsOf(withLoop, 'pm-outranks-po')).toEqual([]);
  });

  it('follows only lines between people', () => {
    const plan = makePlan(
      [po('o', 'Sam', { level: 3 }), team('t', 'Cart'), pm('m', 'Alex', { level: 1 })],
      [reports('1', 'o', 't'), reports('2', 't', 'm')],
    );
    expect(violationsOf(plan, 'pm-outranks-po')).toEqual([]);
  });
});

describe('invalid lines never satisfy a rule', () => {
  it('does not count an engages line from a team as engaging the stakeholder', () => {
    const plan = makePlan([team('t', 'Cart'), stakeholder('s', 'internal', 'Sales')], [engages('1', 't', 's')]);
    expect(violationsOf(plan, 'edge-endpoints')).toHaveLength(1);
    expect(idsOf(plan, 'stakeholder-engaged')).toEqual([{ nodeIds: ['s'], edgeIds: [] }]);
  });

  it('does not count a PO reporting to a PM node of the same person', () => {
    const plan = makePlan([po('o', 'Sam'), pm('m', ' sam ')], [reports('1', 'o', 'm')]);
    expect(violationsOf(plan, 'po-reports-to-pm').map((v) => [v.message, v.nodeIds, v.edgeIds])).toEqual([
      ['Sam (PO) reports to sam (PM), not to a Product Manager other than themselves', ['o', 'm'], ['1']],
    ]);
    expect(idsOf(plan, 'pm-has-po')).toEqual([{ nodeIds: ['m'], edgeIds: [] }]);
  });

  it('still counts a vacant PM or PO of the same name: an open role is nobody yet', () => {
    const plan = makePlan([po('o', 'Sam'), pm('m', 'Sam', { vacant: true })], [reports('1', 'o', 'm')]);
    expect(violationsOf(plan, 'po-reports-to-pm')).toEqual([]);
    expect(violationsOf(plan, 'pm-has-po')).toEqual([]);
  });
});

describe('team-has-one-po and the same person', () => {
  it('counts two PO nodes of one person in one team as one Product Owner', () => {
    const plan = makePlan(
      [team('t', 'Cart'), po('o1', 'Sam'), po('o2', 'SAM')],
      [member('1', 'o1', 't'), member('2', 'o2', 't')],
    );
    expect(violationsOf(plan, 'team-has-one-po')).toEqual([]);
  });

  it('counts people, not nodes, when several share a backlog', () => {
    const plan = makePlan(
      [team('t', 'Cart'), po('o1', 'Sam'), po('o2', 'sam'), po('o3', 'Jo')],
      [member('1', 'o1', 't'), member('2', 'o2', 't'), member('3', 'o3', 't')],
    );
    expect(violationsOf(plan, 'team-has-one-po').map((v) => [v.message, v.nodeIds])).toEqual([
      ['Team "Cart": 2 Product Owners share one backlog', ['t', 'o1', 'o2', 'o3']],
    ]);
  });
});
