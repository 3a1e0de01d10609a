/** Versions and migrations (issue 10, item 4): upgrades run on raw JSON before the validators. */
import { describe, expect, it } from 'vitest';
import { loadPlanValue } from '@shared/format/load';
import { MIGRATIONS, V1_LAYOUT_KEY, type Migration, type MigrationTable } from '@shared/format/migrations';
import { parsePlan } from '@shared/format/parse';
import { formatProblem } from '@shared/model/problems';
import { FORMAT_VERSION } from '@shared/model/types';

/**
 * A made-up "format 0" that called nodes `people`: a migration from 0 renames the field. The validators
 * know only the current shape, so the document loads only if the migration ran before them.
 */
const renamePeople: Migration = (doc) => {
  const { people, ...rest } = doc;
  return { ...rest, version: 1, nodes: people ?? [] };
};

/** The made-up step from 0 ahead of the real table, so a format-0 document climbs every step to the current one. */
function withStepFromZero(step: Migration): MigrationTable {
  return new Map([[0, step], ...MIGRATIONS]);
}

const formatZero = {
  format: 'org-planner',
  version: 0,
  people: [{ id: 'a', kind: 'pm', name: 'Ada', 'x-kept': true }],
  edges: [],
};

describe('migrations', () => {
  it('a table entry runs before validation, and its output is what gets validated', () => {
    const result = loadPlanValue(structuredClone(formatZero), withStepFromZero(renamePeople));
    expect(result).toEqual({
      ok: true,
      plan: {
        format: 'org-planner',
        version: FORMAT_VERSION,
        nodes: [{ id: 'a', kind: 'pm', name: 'Ada', extra: { 'x-kept': true } }],
        edges: [],
      },
    });
  });

  it('without the table entry the same document is refused, naming the version', () => {
    const result = loadPlanValue(structuredClone(formatZero), MIGRATIONS);
    expect(result.ok || result.errors.map(formatProblem)).toEqual([
      `version: expected ${FORMAT_VERSION}; format 0 cannot be read`,
    ]);
  });

  it('what a migration produces is validated like any file', () => {
    const broken: Migration = (doc) => ({ ...doc, version: 1, nodes: [{ id: 'a', kind: 'ceo', name: 'A' }] });
    const result = loadPlanValue(structuredClone(formatZero), withStepFromZero(broken));
    expect(result.ok || result.errors.map(formatProblem)).toEqual([
      'nodes[0].kind: expected one of pm, po, person, team, stakeholder',
    ]);
  });

  it('a migration that does not reach the next version is reported, not trusted', () => {
    const stuck: Migration = (doc) => ({ ...doc });
    const result = loadPlanValue(structuredClone(formatZero), new Map([[0, stuck]]));
    expect(result.ok || result.errors.map(formatProblem)).toEqual([
      'version: the upgrade from format 0 did not give format 1',
    ]);
  });

  it('a migration that throws on a malformed file gives a refusal, not an internal error', () => {
    const fragile: Migration = (doc) => {
      if (!Array.isArray(doc.people)) throw new TypeError('people is not an array');
      return { ...doc, version: 1 };
    };
    const result = loadPlanValue({ ...formatZero, people: 'nobody' }, new Map([[0, fragile]]));
    expect(result.ok || result.errors.map(formatProblem)).toEqual([
      'this plan could not be upgraded from format 0: people is not an array',
    ]);
  });

  it('a file from a newer version is refused with "made by a newer Org Planner (format N)"', () => {
    const text = JSON.stringify({ format: 'org-planner', version: FORMAT_VERSION + 1, nodes: [], edges: [] });
    const result = parsePlan(text);
    expect(result.ok || result.errors.map(formatProblem)[0]).toMatch(
      new RegExp(`^version: this plan was made by a newer Org Planner \\(format ${FORMAT_VERSION + 1}\\)`),
    );
  });

  it('the real table upgrades every older version one step at a time, up to the current one', () => {
    for (const from of MIGRATIONS.keys()) {
      expect(Number.isInteger(from) && from >= 1 && from < FORMAT_VERSION).toBe(true);
    }
    // Every version from the oldest readable one up to the current one has its step.
    const oldest = Math.min(FORMAT_VERSION, ...MIGRATIONS.keys());
    for (let from = oldest; from < FORMAT_VERSION; from++) expect(MIGRATIONS.has(from)).toBe(true);
  });

  it('1 → 2 gives a version-1 plan no layout field: it loads with the compact default', () => {
    const v1 = { format: 'org-planner', version: 1, nodes: [{ id: 'a', kind: 'pm', name: 'Ada' }], edges: [] };
    const result = loadPlanValue(structuredClone(v1));
    expect(result.ok && result.plan).toEqual({ ...v1, version: FORMAT_VERSION });
  });

  it("1 → 2 keeps a version-1 file's own unknown `layout` field as `x-v1-layout`, instead of refusing it", () => {
    // Version 1 kept unknown fields; this one does not have version 2's shape (`style` would be refused).
    const own = { style: 'radial', by: 'another tool' };
    const v1 = { format: 'org-planner', version: 1, nodes: [], edges: [], layout: own, [V1_LAYOUT_KEY]: 1 };
    const result = loadPlanValue(structuredClone(v1));
    expect(result.ok && result.plan.layout).toBeUndefined();
    expect(result.ok && result.plan.extra).toEqual({ [V1_LAYOUT_KEY]: 1, [`${V1_LAYOUT_KEY}-2`]: own });
    // The step is pure: the raw document it was given is unchanged.
    const input = structuredClone(v1);
    MIGRATIONS.get(1)!(input);
    expect(input).toEqual(v1);
  });
});
