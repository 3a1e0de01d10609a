import { describe, expect, it } from 'vitest';
import { checkPlan } from '@shared/rules/check';
import { sortUniqueIds } from '@shared/rules/support/id-lists';
import { indexPlan } from '@shared/graph';
import { makePlan, member, person, pm, po, reports, team } from '../rules/helpers';

describe('sortUniqueIds', () => {
  it('sorts by code units and drops repeats, short and long lists alike', () => {
    expect(sortUniqueIds(['b', 'a', 'b', 'Z', 'é', 'a'])).toEqual(['Z', 'a', 'b', 'é']);
    const long = Array.from({ length: 100 }, (_, i) => `id${(i * 37) % 50}`);
    expect(sortUniqueIds([...long])).toEqual([...new Set(long)].sort());
    expect(sortUniqueIds([])).toEqual([]);
  });

  it('leaves the head before `from` in place', () => {
    expect(sortUniqueIds(['m', 'z', 'a', 'z'], 1)).toEqual(['m', 'a', 'z']);
    expect(sortUniqueIds(['m'], 1)).toEqual(['m']);
    const long = ['head', ...Array.from({ length: 40 }, (_, i) => `x${40 - i}`), 'x1'];
    expect(sortUniqueIds(long, 1)).toEqual(['head', ...Array.from({ length: 40 }, (_, i) => `x${i + 1}`).sort()]);
  });
});

describe('the graph index by position', () => {
  it('groups edges by kind and direction, in plan order', () => {
    const plan = makePlan(
      [pm('m'), po('a'), po('b'), team('t')],
      [reports('2', 'b', 'm'), member('3', 'a', 't'), reports('1', 'a', 'm')],
    );
    const index = indexPlan(plan);
    const m = index.indexOf('m');
    expect(
      index
        .into('reports-to')
        .of(m)
        .map((e) => index.edge(e).id),
    ).toEqual(['2', '1']);
    expect(index.into('reports-to').reaches(m, 'po')).toBe(true);
    expect(
      index
        .from('member-of')
        .of(index.indexOf('a'))
        .map((e) => index.edge(e).id),
    ).toEqual(['3']);
    expect(index.from('member-of').count(m)).toBe(0);
    expect([...index.nodesOf('po')].map((i) => index.node(i).id)).toEqual(['a', 'b']);
    expect(index.edgeKind(1)).toBe('member-of');
  });

  it('keeps the first of duplicate node ids and ignores dangling edges (plans built in code)', () => {
    const plan = makePlan([person('x', 'First'), person('x', 'Second'), person('y')], [reports('1', 'y', 'gone')]);
    const index = indexPlan(plan);
    expect(index.node(index.indexOf('x')).name).toBe('First');
    expect(index.from('reports-to').count(index.indexOf('y'))).toBe(0);
    expect(() => checkPlan(plan)).not.toThrow();
  });
});
