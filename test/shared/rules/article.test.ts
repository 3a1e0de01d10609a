import { describe, expect, it } from 'vitest';
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

describe('po-reports-to-pm', () => {
  it('passes when the PO reports to a PM', () => {
    expect(
      violationsOf(makePlan([po('o', 'Sam'), pm('m', 'Alex')], [reports('e', 'o', 'm')]), 'po-reports-to-pm'),
    ).toEqual([]);
  });

  it('flags a PO who reports to nobody', () => {
    expect(violationsOf(makePlan([po('o', 'Sam')]), 'po-reports-to-pm')).toEqual([
      {
        ruleId: 'po-reports-to-pm',
        severity: 'warning',
        message: 'Sam (PO) reports to nobody',
        nodeIds: ['o'],
        edgeIds: [],
      },
    ]);
  });

  it('flags a PO who reports only to non-PMs, naming them sorted by id', () => {
    const plan = makePlan(
      [po('o', 'Sam'), person('z', 'Zoe'), person('b', 'Bo')],
      [reports('e2', 'o', 'z'), reports('e1', 'o', 'b')],
    );
    expect(violationsOf(plan, 'po-reports-to-pm')).toEqual([
      {
        ruleId: 'po-reports-to-pm',
        severity: 'warning',
        message: 'Sam (PO) reports to Bo and Zoe, not to a Product Manager',
        nodeIds: ['o', 'b', 'z'],
        edgeIds: ['e1', 'e2'],
      },
    ]);
  });

  it('does not count a dotted line to a PM', () => {
    const plan = makePlan([po('o', 'Sam'), pm('m')], [dotted('d', 'o', 'm')]);
    expect(idsOf(plan, 'po-reports-to-pm')).toEqual([{ nodeIds: ['o'], edgeIds: [] }]);
  });

  it('counts a vacant PM as a PM', () => {
    const plan = makePlan([po('o'), pm('m', '', { vacant: true })], [reports('e', 'o', 'm')]);
    expect(violationsOf(plan, 'po-reports-to-pm')).toEqual([]);
  });
});

describe('pm-not-under-po', () => {
  it('passes when POs sit below PMs', () => {
    const plan = makePlan([pm('m'), po('o')], [reports('e', 'o', 'm')]);
    expect(violationsOf(plan, 'pm-not-under-po')).toEqual([]);
  });

  it('flags a PM who reports directly to a PO', () => {
    const plan = makePlan([pm('m', 'Alex'), po('o', 'Sam')], [reports('e', 'm', 'o')]);
    expect(violationsOf(plan, 'pm-not-under-po')).toEqual([
      {
        ruleId: 'pm-not-under-po',
        severity: 'error',
        message: 'Alex (PM) reports to Sam (PO)',
        nodeIds: ['m', 'o'],
        edgeIds: ['e'],
      },
    ]);
  });

  it('flags a PM two levels under a PO, with the PM’s own line', () => {
    const plan = makePlan(
      [pm('m', 'Alex'), person('d', 'Dana'), po('o', 'Sam')],
      [reports('e1', 'm', 'd'), reports('e2', 'd', 'o')],
    );
    expect(violationsOf(plan, 'pm-not-under-po')).toEqual([
      {
        ruleId: 'pm-not-under-po',
        severity: 'error',
        message: 'Alex (PM) is under Sam (PO), 2 levels up',
        nodeIds: ['m', 'o'],
        edgeIds: ['e1'],
      },
    ]);
  });

  it('names the nearest PO, and the smallest PO id on ties', () => {
    // m → a → far(PO, 2 up); m → b → near2 (PO, 2 up) and m → c → near1 (PO, 2 up): a tie at distance 2.
    const plan = makePlan(
      [pm('m'), person('a'), person('b'), po('pz'), po('pb'), po('top'), person('c'), po('pa')],
      [
        reports('m-a', 'm', 'a'),
        reports('m-b', 'm', 'b'),
        reports('m-c', 'm', 'c'),
        reports('a-pz', 'a', 'pz'),
        reports('b-pb', 'b', 'pb'),
        reports('c-pa', 'c', 'pa'),
        reports('pa-top', 'pa', 'top'),
      ],
    );
    expect(idsOf(plan, 'pm-not-under-po')).toEqual([{ nodeIds: ['m', 'pa'], edgeIds: ['m-c'] }]);
    // The direct PO beats any farther one.
    const direct = makePlan(
      [pm('m'), po('z'), person('a'), po('a0')],
      [reports('1', 'm', 'z'), reports('2', 'm', 'a'), reports('3', 'a', 'a0')],
    );
    expect(idsOf(direct, 'pm-not-under-po')).toEqual([{ nodeIds: ['m', 'z'], edgeIds: ['1'] }]);
  });

  it('ignores dotted lines', () => {
    const plan = makePlan([pm('m'), po('o')], [dotted('d', 'm', 'o')]);
    expect(violationsOf(plan, 'pm-not-under-po')).toEqual([]);
  });

  it('terminates on cycles through a PO', () => {
    const plan = makePlan([pm('m'), po('o')], [reports('1', 'm', 'o'), reports('2', 'o', 'm')]);
    expect(idsOf(plan, 'pm-not-under-po')).toEqual([{ nodeIds: ['m', 'o'], edgeIds: ['1'] }]);
  });
});

describe('po-internal-stakeholders-only', () => {
  it('passes for internal stakeholders', () => {
    const plan = makePlan([po('o'), stakeholder('s', 'internal')], [engages('e', 'o', 's')]);
    expect(violationsOf(plan, 'po-internal-stakeholders-only')).toEqual([]);
  });

  it('flags each engages line from a PO to an external stakeholder', () => {
    const plan = makePlan(
      [po('o', 'Sam'), stakeholder('s', 'external', 'Acme Corp'), stakeholder('t', 'external', 'Globex')],
      [engages('e1', 'o', 's'), engages('e2', 'o', 't')],
    );
    expect(violationsOf(plan, 'po-internal-stakeholders-only')).toEqual([
      {
        ruleId: 'po-internal-stakeholders-only',
        severity: 'error',
        message: 'Sam (PO) engages external stakeholder "Acme Corp"',
        nodeIds: ['o', 's'],
        edgeIds: ['e1'],
      },
      {
        ruleId: 'po-internal-stakeholders-only',
        severity: 'error',
        message: 'Sam (PO) engages external stakeholder "Globex"',
        nodeIds: ['o', 't'],
        edgeIds: ['e2'],
      },
    ]);
  });
});

describe('external-stakeholder-has-pm', () => {
  it('passes when a PM engages the external stakeholder', () => {
    const plan = makePlan([pm('m'), stakeholder('s', 'external')], [engages('e', 'm', 's')]);
    expect(violationsOf(plan, 'external-stakeholder-has-pm')).toEqual([]);
  });

  it('flags an external stakeholder engaged only by a PO; internal ones are exempt', () => {
    const plan = makePlan(
      [po('o'), stakeholder('s', 'external', 'Acme Corp'), stakeholder('i', 'internal')],
      [engages('e', 'o', 's')],
    );
    expect(violationsOf(plan, 'external-stakeholder-has-pm')).toEqual([
      {
        ruleId: 'external-stakeholder-has-pm',
        severity: 'warning',
        message: 'External stakeholder "Acme Corp" is not engaged by any Product Manager',
        nodeIds: ['s'],
        edgeIds: [],
      },
    ]);
  });
});

describe('po-in-team', () => {
  it('passes for a PO in a team', () => {
    expect(violationsOf(makePlan([po('o'), team('t')], [member('e', 'o', 't')]), 'po-in-team')).toEqual([]);
  });

  it('flags a PO without a team (a member-of line to a non-team does not count)', () => {
    const plan = makePlan([po('o', 'Sam'), person('p')], [member('e', 'o', 'p')]);
    expect(violationsOf(plan, 'po-in-team')).toEqual([
      {
        ruleId: 'po-in-team',
        severity: 'error',
        message: 'Sam (PO) is not a member of any team',
        nodeIds: ['o'],
        edgeIds: [],
      },
    ]);
  });
});

describe('team-has-one-po', () => {
  it('passes with exactly one PO, even with two member-of lines from that PO', () => {
    const plan = makePlan(
      [team('t'), po('o'), person('dev')],
      [member('1', 'o', 't'), member('2', 'o', 't'), member('3', 'dev', 't')],
    );
    expect(violationsOf(plan, 'team-has-one-po')).toEqual([]);
  });

  it('counts a vacant PO as the team’s PO', () => {
    const plan = makePlan([team('t'), po('o', '', { vacant: true })], [member('1', 'o', 't')]);
    expect(violationsOf(plan, 'team-has-one-po')).toEqual([]);
  });

  it('flags a team without a PO', () => {
    const plan = makePlan([team('t', 'Payments'), person('dev')], [member('1', 'dev', 't')]);
    expect(violationsOf(plan, 'team-has-one-po')).toEqual([
      {
        ruleId: 'team-has-one-po',
        severity: 'warning',
        message: 'Team "Payments": no Product Owner owns this team\'s backlog',
        nodeIds: ['t'],
        edgeIds: [],
      },
    ]);
  });

  it('flags a team with two POs, listing them and their lines sorted', () => {
    const plan = makePlan(
      [team('t', 'Payments'), po('z'), po('a', '', { vacant: true })],
      [member('m2', 'z', 't'), member('m1', 'a', 't'), member('m0', 'z', 't')],
    );
    expect(violationsOf(plan, 'team-has-one-po')).toEqual([
      {
        ruleId: 'team-has-one-po',
        severity: 'warning',
        message: 'Team "Payments": 2 Product Owners share one backlog',
        nodeIds: ['t', 'a', 'z'],
        edgeIds: ['m0', 'm1', 'm2'],
      },
    ]);
  });
});

describe('roles-held-by-different-people', () => {
  it('passes when PM and PO are different people', () => {
    expect(violationsOf(makePlan([pm('m', 'Alex'), po('o', 'Sam')]), 'roles-held-by-different-people')).toEqual([]);
  });

  it('flags one person on PM and PO nodes, matching names after trimming, collapsing space and case', () => {
    const plan = makePlan([
      po('o2', '  alex   KIM '),
      pm('m', 'Alex Kim'),
      po('o1', 'Alex kim'),
      person('p', 'Alex Kim'),
    ]);
    expect(violationsOf(plan, 'roles-held-by-different-people')).toEqual([
      {
        ruleId: 'roles-held-by-different-people',
        severity: 'warning',
        message: 'Alex Kim holds both the Product Manager and the Product Owner role (3 nodes)',
        nodeIds: ['m', 'o1', 'o2'],
        edgeIds: [],
      },
    ]);
  });

  it('never matches vacant roles or empty names', () => {
    const plan = makePlan([pm('m', 'Sam'), po('o', 'Sam', { vacant: true }), pm('m2', ''), po('o2', '  ')]);
    expect(violationsOf(plan, 'roles-held-by-different-people')).toEqual([]);
  });

  it('does not count two PM nodes of one person', () => {
    expect(violationsOf(makePlan([pm('m1', 'Sam'), pm('m2', 'sam')]), 'roles-held-by-different-people')).toEqual([]);
  });
});

describe('pm-outranks-po', () => {
  it('passes when the PM is more senior, or a level is missing', () => {
    const plan = makePlan(
      [pm('m', 'Alex', { level: 5 }), po('o', 'Sam', { level: 4 }), po('o2', 'Jo')],
      [reports('1', 'o', 'm'), reports('2', 'o2', 'm')],
    );
    expect(violationsOf(plan, 'pm-outranks-po')).toEqual([]);
  });

  it('flags a PM at the same level as a PO reporting to them', () => {
    const plan = makePlan([pm('m', 'Alex', { level: 3 }), po('o', 'Sam', { level: 3 })], [reports('1', 'o', 'm')]);
    expect(violationsOf(plan, 'pm-outranks-po')).toEqual([
      {
        ruleId: 'pm-outranks-po',
        severity: 'warning',
        message: 'Alex (PM) at level 3 is not senior to Sam (PO) at level 3, who reports to them',
        nodeIds: ['o', 'm'],
        edgeIds: ['1'],
      },
    ]);
  });

  it('ignores dotted lines', () => {
    const plan = makePlan([pm('m', 'Alex', { level: 1 }), po('o', 'Sam', { level: 3 })], [dotted('1', 'o', 'm')]);
    expect(violationsOf(plan, 'pm-outranks-po')).toEqual([]);
  });
});

describe('pm-has-po', () => {
  it('passes when a PO (even a vacant one) reports to the PM', () => {
    const plan = makePlan([pm('m'), po('o', '', { vacant: true })], [reports('1', 'o', 'm')]);
    expect(violationsOf(plan, 'pm-has-po')).toEqual([]);
  });

  it('flags a PM whose only PO is on a dotted line', () => {
    const plan = makePlan([pm('m', 'Alex'), po('o'), person('p')], [dotted('1', 'o', 'm'), reports('2', 'p', 'm')]);
    expect(violationsOf(plan, 'pm-has-po')).toEqual([
      {
        ruleId: 'pm-has-po',
        severity: 'info',
        message: 'Alex (PM) has no Product Owner reporting to them',
        nodeIds: ['m'],
        edgeIds: [],
      },
    ]);
  });
});
