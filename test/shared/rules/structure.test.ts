import { describe, expect, it } from 'vitest';
import {
  dotted,
  edge,
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

describe('edge-endpoints', () => {
  it('passes for lines between the right kinds', () => {
    const plan = makePlan(
      [pm('m'), po('o'), person('p'), team('t'), stakeholder('s', 'internal')],
      [reports('1', 'o', 'm'), dotted('2', 'p', 'o'), member('3', 'o', 't'), engages('4', 'p', 's')],
    );
    expect(violationsOf(plan, 'edge-endpoints')).toEqual([]);
  });

  it('flags each line between wrong kinds (same first node: ordered by edge id)', () => {
    const plan = makePlan(
      [po('o', 'Sam'), team('t', 'Payments'), stakeholder('s', 'external', 'Acme'), pm('m', 'Alex')],
      [reports('1', 'o', 't'), member('2', 'o', 'm'), engages('3', 't', 's'), dotted('4', 's', 'm')],
    );
    expect(violationsOf(plan, 'edge-endpoints')).toEqual([
      {
        ruleId: 'edge-endpoints',
        severity: 'error',
        message: 'The reports-to line from Sam (PO) to team "Payments" must go from a person to a person',
        nodeIds: ['o', 't'],
        edgeIds: ['1'],
      },
      {
        ruleId: 'edge-endpoints',
        severity: 'error',
        message: 'The member-of line from Sam (PO) to Alex (PM) must go from a person to a team',
        nodeIds: ['o', 'm'],
        edgeIds: ['2'],
      },
      {
        ruleId: 'edge-endpoints',
        severity: 'error',
        message: 'The dotted-line line from external stakeholder "Acme" to Alex (PM) must go from a person to a person',
        nodeIds: ['s', 'm'],
        edgeIds: ['4'],
      },
      {
        ruleId: 'edge-endpoints',
        severity: 'error',
        message:
          'The engages line from team "Payments" to external stakeholder "Acme" must go from a person to a stakeholder',
        nodeIds: ['t', 's'],
        edgeIds: ['3'],
      },
    ]);
  });

  it('flags a self-loop once, with the node once, and no-reporting-cycles stays silent', () => {
    const plan = makePlan([pm('m', 'Alex'), team('t')], [reports('loop', 'm', 'm'), edge('tl', 'member-of', 't', 't')]);
    expect(violationsOf(plan, 'edge-endpoints')).toEqual([
      {
        ruleId: 'edge-endpoints',
        severity: 'error',
        message: 'Alex (PM) has a reports-to line to themselves',
        nodeIds: ['m'],
        edgeIds: ['loop'],
      },
      {
        ruleId: 'edge-endpoints',
        severity: 'error',
        message: 'Team "t" has a member-of line to itself',
        nodeIds: ['t'],
        edgeIds: ['tl'],
      },
    ]);
    expect(violationsOf(plan, 'no-reporting-cycles')).toEqual([]);
  });
});

describe('no-reporting-cycles', () => {
  it('passes for a tree, and for a dotted-line loop', () => {
    const plan = makePlan(
      [pm('a'), po('b'), person('c')],
      [reports('1', 'b', 'a'), reports('2', 'c', 'b'), dotted('3', 'a', 'c')],
    );
    expect(violationsOf(plan, 'no-reporting-cycles')).toEqual([]);
  });

  it('reports a cycle in chain order from its smallest id', () => {
    // c → a → b → c: starts at a, each node's manager next.
    const plan = makePlan(
      [person('c', 'Cy'), person('b', 'Bo'), person('a', 'Al')],
      [reports('cb', 'c', 'a'), reports('ab', 'a', 'b'), reports('bc', 'b', 'c')],
    );
    expect(violationsOf(plan, 'no-reporting-cycles')).toEqual([
      {
        ruleId: 'no-reporting-cycles',
        severity: 'error',
        message: 'Reporting cycle: Al → Bo → Cy → Al',
        nodeIds: ['a', 'b', 'c'],
        edgeIds: ['ab', 'bc', 'cb'],
      },
    ]);
  });

  it('reports one violation per strongly connected component, the shortest cycle through its smallest id', () => {
    // Component 1 holds a → b → c → a and a → x → a: the shorter one is shown although b < x.
    // Component 2 holds p → q → p and p → r → p: equally short, q is tried before r (id order).
    const plan = makePlan(
      [person('a'), person('b'), person('c'), person('x'), person('p'), person('r'), person('q')],
      [
        reports('ab', 'a', 'b'),
        reports('bc', 'b', 'c'),
        reports('ca', 'c', 'a'),
        reports('ax', 'a', 'x'),
        reports('xa', 'x', 'a'),
        reports('pr', 'p', 'r'),
        reports('rp', 'r', 'p'),
        reports('pq', 'p', 'q'),
        reports('qp', 'q', 'p'),
      ],
    );
    expect(idsOf(plan, 'no-reporting-cycles')).toEqual([
      { nodeIds: ['a', 'x'], edgeIds: ['ax', 'xa'] },
      { nodeIds: ['p', 'q'], edgeIds: ['pq', 'qp'] },
    ]);
  });

  it('tries managers in id order among equally short cycles, and the smallest of parallel lines', () => {
    const plan = makePlan(
      [person('s'), person('z'), person('m')],
      [
        reports('sz', 's', 'z'),
        reports('zs', 'z', 's'),
        reports('sm', 's', 'm'),
        reports('ms2', 'm', 's'),
        reports('ms1', 'm', 's'),
      ],
    );
    expect(idsOf(plan, 'no-reporting-cycles')).toEqual([{ nodeIds: ['m', 's'], edgeIds: ['ms1', 'sm'] }]);
  });
});

describe('single-manager', () => {
  it('passes with one manager plus dotted lines', () => {
    const plan = makePlan([person('p'), pm('a'), pm('b')], [reports('1', 'p', 'a'), dotted('2', 'p', 'b')]);
    expect(violationsOf(plan, 'single-manager')).toEqual([]);
  });

  it('flags two solid-line managers', () => {
    const plan = makePlan(
      [po('p', 'Sam'), pm('b', 'Bea'), pm('a', 'Al')],
      [reports('2', 'p', 'b'), reports('1', 'p', 'a')],
    );
    expect(violationsOf(plan, 'single-manager')).toEqual([
      {
        ruleId: 'single-manager',
        severity: 'error',
        message: 'Sam (PO) reports to 2 managers: Al (PM) and Bea (PM)',
        nodeIds: ['p', 'a', 'b'],
        edgeIds: ['1', '2'],
      },
    ]);
  });

  it('counts a manager once: two lines to the same manager are a duplicate-line, not two managers', () => {
    const plan = makePlan([person('p', 'Jo'), pm('a', 'Al')], [reports('2', 'p', 'a'), reports('1', 'p', 'a')]);
    expect(violationsOf(plan, 'single-manager')).toEqual([]);
    expect(violationsOf(plan, 'duplicate-line')).toEqual([
      {
        ruleId: 'duplicate-line',
        severity: 'warning',
        message: 'Jo has 2 reports-to lines to Al (PM)',
        nodeIds: ['p', 'a'],
        edgeIds: ['1', '2'],
      },
    ]);
  });

  it('lists each of two managers once when one of them has two lines', () => {
    const plan = makePlan(
      [person('p', 'Jo'), pm('a', 'Al'), pm('b', 'Bea')],
      [reports('1', 'p', 'a'), reports('2', 'p', 'a'), reports('3', 'p', 'b')],
    );
    expect(violationsOf(plan, 'single-manager').map((v) => [v.message, v.nodeIds, v.edgeIds])).toEqual([
      ['Jo reports to 2 managers: Al (PM) and Bea (PM)', ['p', 'a', 'b'], ['1', '2', '3']],
    ]);
  });
});

describe('stakeholder-engaged', () => {
  it('passes when someone engages the stakeholder', () => {
    expect(
      violationsOf(
        makePlan([person('p'), stakeholder('s', 'internal')], [engages('1', 'p', 's')]),
        'stakeholder-engaged',
      ),
    ).toEqual([]);
  });

  it('flags a stakeholder nobody engages', () => {
    expect(violationsOf(makePlan([stakeholder('s', 'internal', 'Finance')]), 'stakeholder-engaged')).toEqual([
      {
        ruleId: 'stakeholder-engaged',
        severity: 'warning',
        message: 'Internal stakeholder "Finance" is not engaged by anyone',
        nodeIds: ['s'],
        edgeIds: [],
      },
    ]);
  });
});

describe('span-of-control', () => {
  const withReports = (count: number): ReturnType<typeof makePlan> => {
    const nodes = [person('boss', 'Alex')];
    const edges = [];
    for (let i = 0; i < count; i++) {
      nodes.push(person(`r${String(i).padStart(2, '0')}`));
      edges.push(reports(`e${String(count - i).padStart(2, '0')}`, `r${String(i).padStart(2, '0')}`, 'boss'));
    }
    return makePlan(nodes, edges);
  };

  it('passes with 8 direct reports by default', () => {
    expect(violationsOf(withReports(8), 'span-of-control')).toEqual([]);
  });

  it('flags 10 direct reports, listing them and their lines sorted', () => {
    expect(violationsOf(withReports(10), 'span-of-control')).toEqual([
      {
        ruleId: 'span-of-control',
        severity: 'warning',
        message: 'Alex has 10 direct reports (more than 8)',
        nodeIds: ['boss', 'r00', 'r01', 'r02', 'r03', 'r04', 'r05', 'r06', 'r07', 'r08', 'r09'],
        edgeIds: ['e01', 'e02', 'e03', 'e04', 'e05', 'e06', 'e07', 'e08', 'e09', 'e10'],
      },
    ]);
  });

  it('does not count dotted lines as direct reports', () => {
    const plan = withReports(8);
    const more = makePlan([...plan.nodes, person('extra')], [...plan.edges, dotted('d', 'extra', 'boss')]);
    expect(violationsOf(more, 'span-of-control')).toEqual([]);
  });
});
