/** Format 3 (issue 17): scenarios in the file, the 2 → 3 migration, the version written, and hostile scenarios. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanValue } from '@shared/format/load';
import { MIGRATIONS } from '@shared/format/migrations';
import { parsePlan } from '@shared/format/parse';
import { upgradeDocument } from '@shared/format/version';
import { serializePlan } from '@shared/format/serialize';
import { MAX_PLAN_NODES, MAX_SCENARIOS } from '@shared/model/limits';
import { formatProblem } from '@shared/model/problems';
import type { Plan } from '@shared/model/types';
import { documentOf, scenariosOf } from '@shared/scenarios/scenario-list';

const FIXTURES = join(process.cwd(), 'test/fixtures/format');
const read = (version: string, name: string): string => readFileSync(join(FIXTURES, version, name), 'utf8');

function load(text: string): Plan {
  const result = parsePlan(text);
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('; '));
  return result.plan;
}

function refused(doc: unknown): string[] {
  const result = parsePlan(JSON.stringify(doc));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map(formatProblem);
}

const v3 = (fields: Record<string, unknown>): Record<string, unknown> => ({
  format: 'org-planner',
  version: 3,
  nodes: [],
  edges: [],
  ...fields,
});
const proposal = (id: string, name: string, more: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  name,
  nodes: [],
  edges: [],
  ...more,
});

describe('format 3: scenarios in the file', () => {
  it('a frozen v3 file with two proposals round-trips byte for byte, unknown fields in a scenario kept', () => {
    const text = read('v3', 'two-proposals.orgplan.json');
    const plan = load(text);
    expect(plan.scenarios?.map((s) => s.name)).toEqual(['Split PMs', 'Start over']);
    expect(plan.scenarios?.[0]?.extra).toEqual({ 'x-scenario-note': { owner: 'Ada', toString: 1 } });
    expect(plan.scenarios?.[0]?.rules?.['span-of-control']?.options).toEqual({ max: 4 });
    expect(serializePlan(plan)).toBe(text);
  });

  it('splitting a document into scenarios and putting it back gives the same file', () => {
    const text = read('v3', 'two-proposals.orgplan.json');
    const plan = load(text);
    const list = scenariosOf(plan);
    expect(list.map((s) => [s.id, s.name, s.plan.nodes.length])).toEqual([
      ['as-is', 'As-is', 3],
      ['split-pms', 'Split PMs', 4],
      ['empty', 'Start over', 0],
    ]);
    // Every scenario's plan is a plain plan with the document's title and no scenario fields.
    expect(list[1]?.plan.name).toBe('Checkout reorganisation');
    expect(list[1]?.plan.scenarios).toBeUndefined();
    expect(serializePlan(documentOf(list, plan.name))).toBe(text);
  });

  it('a one-scenario plan saves exactly as today: the frozen v2 file is written back as version 2, byte for byte', () => {
    for (const name of ['minimal.orgplan.json', 'layout-choice.orgplan.json', 'layout-unknown-fields.orgplan.json']) {
      const text = read('v2', name);
      const plan = load(text);
      expect(serializePlan(documentOf(scenariosOf(plan), plan.name))).toBe(text);
    }
  });

  it('a root scenario with its own id or name is written as version 3, even without proposals', () => {
    const text = read('v3', 'named-root.orgplan.json');
    const plan = load(text);
    expect(scenariosOf(plan).map((s) => [s.id, s.name])).toEqual([['today', 'Today']]);
    expect(serializePlan(plan)).toBe(text);
  });

  it('the migration chain 1 → 2 → 3 upgrades a version-1 file, and 2 → 3 only sets the version', () => {
    const v1 = load(read('v1', 'waivers.orgplan.json'));
    expect(v1.version).toBe(3);
    expect(v1.scenarios).toBeUndefined();
    const doc = { format: 'org-planner', version: 2, nodes: [], edges: [], layout: { style: 'tree' } };
    expect(MIGRATIONS.get(2)?.(doc)).toEqual({ ...doc, version: 3 });
  });

  it("2 → 3 keeps a version-2 file's own unknown `scenarios` field as `x-v2-scenarios` rather than reading it", () => {
    const own = [{ what: 'another tool' }];
    const result = loadPlanValue({ format: 'org-planner', version: 2, nodes: [], edges: [], scenarios: own });
    expect(result.ok && result.plan.scenarios).toBeUndefined();
    expect(result.ok && result.plan.extra).toEqual({ 'x-v2-scenarios': own });
  });
});

describe('format 3 in an older build', () => {
  it('a build that reads format 2 refuses a file with proposals as newer, rather than dropping them', () => {
    const doc = JSON.parse(read('v3', 'two-proposals.orgplan.json')) as unknown;
    const result = upgradeDocument(doc, MIGRATIONS, 2);
    expect(result.ok || result.errors.map(formatProblem)[0]).toMatch(
      /^version: this plan was made by a newer Org Planner \(format 3\)/,
    );
  });
});

describe('format 3: refusals name the scenario', () => {
  it('a bad node inside a proposal: scenario “Split PMs”: nodes[0].kind', () => {
    const doc = v3({ scenarios: [proposal('s', 'Split PMs', { nodes: [{ id: 'n3', kind: 'ceo', name: 'X' }] })] });
    expect(refused(doc)).toEqual([
      'scenario “Split PMs”: nodes[0].kind: expected one of pm, po, person, team, stakeholder',
    ]);
  });

  it('an edge to a node that only the as-is has', () => {
    const doc = v3({
      nodes: [{ id: 'a', kind: 'pm', name: 'A' }],
      scenarios: [proposal('s', 'Split PMs', { edges: [{ id: 'e', kind: 'reports-to', source: 'a', target: 'a' }] })],
    });
    expect(refused(doc)).toEqual([
      'scenario “Split PMs”: edges[0].source: no node has the id "a"',
      'scenario “Split PMs”: edges[0].target: no node has the id "a"',
    ]);
  });

  it('a proposal without a usable name is named by its path', () => {
    expect(refused(v3({ scenarios: [{ id: 's', name: ' ', nodes: 1, edges: [] }] }))).toEqual([
      'scenarios[0].name: expected a non-empty name',
      'scenarios[0].nodes: expected an array',
    ]);
  });
});

describe('format 3: hostile scenarios', () => {
  it('duplicate scenario ids, including the root’s', () => {
    expect(
      refused(v3({ scenarios: [proposal('x', 'One'), proposal('x', 'Two'), proposal('as-is', 'Three')] })),
    ).toEqual([
      'scenarios[1].id: duplicate scenario id "x" (also scenarios[0])',
      'scenarios[2].id: duplicate scenario id "as-is" (also the plan itself)',
    ]);
  });

  it('duplicate names, ignoring case and spaces', () => {
    expect(refused(v3({ scenarioName: 'Today', scenarios: [proposal('x', ' today ')] }))).toEqual([
      'scenarios[0].name: duplicate scenario name “today” (also the plan itself)',
    ]);
  });

  it(`more than ${MAX_SCENARIOS} proposals are refused before any is read`, () => {
    const many = Array.from({ length: MAX_SCENARIOS + 1 }, (_, i) => proposal(`s${i}`, `P ${i}`));
    expect(refused(v3({ scenarios: many }))).toEqual([
      `scenarios: ${MAX_SCENARIOS + 1} scenarios; a plan holds at most ${MAX_SCENARIOS} besides its own`,
    ]);
    expect(parsePlan(JSON.stringify(v3({ scenarios: many.slice(1) }))).ok).toBe(true);
  });

  it('the node limit holds for all scenarios together', () => {
    const nodes = (n: number): unknown[] => Array.from({ length: n }, () => 0);
    const half = Math.ceil(MAX_PLAN_NODES / 2) + 1;
    // Each proposal is under the limit on its own; checked before any of their nodes is read.
    const doc = v3({
      scenarios: [proposal('s', 'S', { nodes: nodes(half) }), proposal('t', 'T', { nodes: nodes(half) })],
    });
    expect(refused(doc)).toEqual([
      `scenarios: ${(2 * half).toLocaleString('en-US')} nodes in all scenarios together; a plan holds at most ${MAX_PLAN_NODES.toLocaleString('en-US')}`,
    ]);
  });

  it('scenarios that are not an array, forbidden keys and deep unknown values inside a scenario', () => {
    expect(refused(v3({ scenarios: {} }))).toEqual(['scenarios: expected an array']);
    // 66 levels: under the pre-scan's coarse bound (the format's 6 levels + 64), over the exact one.
    const deep = JSON.parse(`${'['.repeat(66)}${']'.repeat(66)}`) as unknown;
    const text = JSON.stringify(v3({ scenarios: [proposal('s', 'S', { x: deep })] })).replace(
      '"id":"s"',
      '"id":"s","__proto__":1',
    );
    const result = parsePlan(text);
    expect(result.ok || result.errors.map(formatProblem)).toEqual([
      'scenario “S”: __proto__: this key is not allowed',
      `scenario “S”: x${'[0]'.repeat(64)}: nested deeper than 64 levels`,
    ]);
  });
});
