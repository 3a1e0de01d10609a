/**
 * The org-metric targets as rule findings: span-of-control's `min` (off by
 * default) and max-layers (docs/rules.md), with the article example and the
 * 1,516-person sample gaining nothing at the defaults.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { articleExamplePlan } from '@shared/example/article-example';
import { parsePlan } from '@shared/format/parse';
import { checkPlan } from '@shared/rules/check';
import type { Plan, PlanEdge, PlanNode } from '@shared/model/types';
import { makePlan, person, pm, po, reports, violationsOf } from './helpers';

const CSV = readFileSync(new URL('../../fixtures/org-1516.csv', import.meta.url), 'utf8');

/** A chain c0 ← c1 ← … ← c(n-1): c0 at the top, ids padded so they sort in chain order. */
function chain(n: number, rules?: Plan['rules']): Plan {
  const id = (i: number): string => `c${String(i).padStart(6, '0')}`;
  const nodes: PlanNode[] = [];
  const edges: PlanEdge[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push(person(id(i), `P${i}`));
    if (i > 0) edges.push(reports(`e${String(i).padStart(6, '0')}`, id(i), id(i - 1)));
  }
  return makePlan(nodes, edges, rules === undefined ? {} : { rules });
}

describe('span-of-control min', () => {
  const nodes = [pm('m', 'Alex'), po('a'), po('b'), pm('n', 'Bo'), po('c'), po('d'), po('e')];
  const edges = [
    reports('1', 'a', 'm'),
    reports('2', 'b', 'm'),
    reports('3', 'c', 'n'),
    reports('4', 'd', 'n'),
    reports('5', 'e', 'n'),
  ];

  it('is off by default: managers of two keep the plan clean', () => {
    expect(violationsOf(makePlan(nodes, edges), 'span-of-control')).toEqual([]);
  });

  it('passes when every manager has at least min reports', () => {
    const plan = makePlan(nodes, edges, { rules: { 'span-of-control': { options: { min: 2 } } } });
    expect(violationsOf(plan, 'span-of-control')).toEqual([]);
  });

  it('flags a manager with fewer than min reports, listing them; people with none are not managers', () => {
    const plan = makePlan(nodes, edges, { rules: { 'span-of-control': { options: { min: 3 } } } });
    expect(violationsOf(plan, 'span-of-control')).toEqual([
      {
        ruleId: 'span-of-control',
        severity: 'warning',
        message: 'Alex (PM) has 2 direct reports (fewer than 3)',
        nodeIds: ['m', 'a', 'b'],
        edgeIds: ['1', '2'],
      },
    ]);
  });

  it('counts a report drawn twice once against min', () => {
    const twice = makePlan([pm('m', 'Alex'), po('a')], [reports('1', 'a', 'm'), reports('2', 'a', 'm')], {
      rules: { 'span-of-control': { options: { min: 2 } } },
    });
    expect(violationsOf(twice, 'span-of-control').map((v) => v.message)).toEqual([
      'Alex (PM) has 1 direct report (fewer than 2)',
    ]);
  });

  it('loads min 0 (off) from a file but not max 0', () => {
    const file = (options: object): string =>
      JSON.stringify({
        format: 'org-planner',
        version: 1,
        nodes: [],
        edges: [],
        rules: { 'span-of-control': options },
      });
    expect(parsePlan(file({ min: 0 })).ok).toBe(true);
    expect(parsePlan(file({ min: 3 })).ok).toBe(true);
    expect(parsePlan(file({ min: -1 })).ok).toBe(false);
    expect(parsePlan(file({ max: 0 })).ok).toBe(false);
  });
});

describe('max-layers', () => {
  it('passes a chain of exactly max layers', () => {
    expect(violationsOf(chain(4, { 'max-layers': { options: { max: 4 } } }), 'max-layers')).toEqual([]);
  });

  it('flags one chain deeper than max, naming the deepest person, the chain length and the chain', () => {
    expect(violationsOf(chain(4, { 'max-layers': { options: { max: 3 } } }), 'max-layers')).toEqual([
      {
        ruleId: 'max-layers',
        severity: 'warning',
        message: 'P3 is 4 layers down the reporting chain (more than 3)',
        nodeIds: ['c000003', 'c000000', 'c000001', 'c000002'],
        edgeIds: ['e000001', 'e000002', 'e000003'],
      },
    ]);
  });

  it('names the deepest person with the smallest id among equals, whatever the file order', () => {
    const nodes = [person('top', 'Top'), person('mid', 'Mid'), person('z', 'Zed'), person('y', 'Yan')];
    const edges = [reports('1', 'mid', 'top'), reports('2', 'z', 'mid'), reports('3', 'y', 'mid')];
    const rules = { 'max-layers': { options: { max: 2 } } };
    const forwards = violationsOf(makePlan(nodes, edges, { rules }), 'max-layers');
    const backwards = violationsOf(makePlan([...nodes].reverse(), [...edges].reverse(), { rules }), 'max-layers');
    expect(forwards.map((v) => v.message)).toEqual(['Yan is 3 layers down the reporting chain (more than 2)']);
    expect(backwards).toEqual(forwards);
  });

  it('measures from the nearest top for someone with two managers, and skips people under a cycle', () => {
    const nodes = [person('a'), person('b'), person('c'), person('d'), person('x'), person('y'), person('z')];
    // d reports to c (layer 3) and to a (layer 1): d is on layer 2. x ↔ y is a cycle with z below it.
    const edges = [
      reports('1', 'b', 'a'),
      reports('2', 'c', 'b'),
      reports('3', 'd', 'c'),
      reports('4', 'd', 'a'),
      reports('5', 'x', 'y'),
      reports('6', 'y', 'x'),
      reports('7', 'z', 'x'),
    ];
    const plan = makePlan(nodes, edges, { rules: { 'max-layers': { options: { max: 2 } } } });
    expect(violationsOf(plan, 'max-layers').map((v) => v.nodeIds)).toEqual([['c', 'a', 'b']]);
  });

  it('walks a 20,000-deep chain without recursion', () => {
    const found = violationsOf(chain(20_000), 'max-layers');
    expect(found.map((v) => v.message)).toEqual(['P19999 is 20000 layers down the reporting chain (more than 10)']);
    expect(found[0]?.edgeIds).toHaveLength(19_999);
  });

  it('finds nothing at the defaults in the article example and the 1,516-person sample (10 layers)', () => {
    const imported = importCsv(CSV);
    if (!imported.ok) throw new Error(imported.refusal.kind);
    for (const plan of [articleExamplePlan(), imported.plan]) {
      const ids = checkPlan(plan).map((v) => v.ruleId);
      expect(ids).not.toContain('max-layers');
    }
    const tighter = { ...imported.plan, rules: { 'max-layers': { options: { max: 9 } } } };
    expect(violationsOf(tighter, 'max-layers')).toHaveLength(1);
  });
});
