import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { managersNotAbove, overlappingCards, positionsOf } from '../layout/geometry';

// shared/ sits beside the repository, locally and in CI.
const CSV = readFileSync(new URL('../../fixtures/org-1516.csv', import.meta.url), 'utf8');

describe('importing org-1516.csv (the d3-org-chart sample)', () => {
  const result = importCsv(CSV);
  if (!result.ok) throw new Error(result.refusal.kind);
  const { plan } = result;
  const managerOf = new Map(plan.edges.map((edge) => [edge.source, edge.target]));

  it('finds the columns by their default headers', () => {
    expect(result.headers).toHaveLength(11);
    expect(result.mapping).toEqual({ id: 'id', manager: 'parentId', name: 'name', title: 'positionName' });
  });

  it('imports 1,516 people and 1,515 reporting lines with no problems (the data has none)', () => {
    expect(result.rows).toBe(1516);
    expect(result.counts).toEqual({ people: 1516, reportingLines: 1515, problems: 0, skippedRows: 0 });
    expect(result.problems).toEqual([]);
  });

  it('has exactly one root, the CEO', () => {
    const roots = plan.nodes.filter((node) => !managerOf.has(node.id));
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ id: 'O-6066', name: 'Ian Devling', title: 'Chief Executive Officer' });
  });

  it('is 9 reporting lines deep (edges from the root; 10 levels counting the root as level 1)', () => {
    let deepest = 0;
    for (const node of plan.nodes) {
      let depth = 0;
      for (let id = managerOf.get(node.id); id !== undefined; id = managerOf.get(id)) depth++;
      deepest = Math.max(deepest, depth);
    }
    expect(deepest).toBe(9);
  });

  it('trims names and titles (181 names start with a space in the file)', () => {
    expect(plan.nodes.every((node) => node.name === node.name.trim() && node.name !== '')).toBe(true);
    expect(plan.nodes.every((node) => node.title === node.title?.trim())).toBe(true);
    expect(plan.nodes.find((node) => node.id === 'O-6068')?.name).toBe('Leverling Janet');
  });

  it('finds no product roles in a sample without such titles', () => {
    expect(plan.nodes.every((node) => node.kind === 'person')).toBe(true);
    expect(result.kinds).toEqual({ pm: 0, po: 0, person: 1516, team: 0, internal: 0, external: 0 });
  });

  it('gives PMs and POs when the title patterns name the heads of this sample (issue 14: all 1,516 were "other")', () => {
    const mapped = importCsv(CSV, {
      layout: false,
      roles: {
        by: 'title',
        patterns: { pm: ['head of direction', 'head of channels'], po: ['head of laboratory', 'linear manager'] },
      },
    });
    expect(mapped.ok && mapped.kinds).toEqual({ pm: 124, po: 132, person: 1260, team: 0, internal: 0, external: 0 });
  });

  it('keeps the other seven columns as fields on each person', () => {
    expect(result.fieldNames).toEqual(['imageUrl', 'area', 'profileUrl', 'office', 'tags', 'isLoggedUser', 'size']);
    expect(plan.nodes.find((node) => node.id === 'O-6066')?.fields).toMatchObject({
      office: 'CTO office',
      tags: 'Ceo,tag1,manager,cto',
    });
  });

  it('lays everyone out, managers above their reports, with no overlapping cards', () => {
    const positions = positionsOf(plan);
    expect(positions.size).toBe(1516);
    expect(managersNotAbove(plan, positions)).toEqual([]);
    expect(overlappingCards(positions)).toEqual([]);
  });

  it('saves and loads unchanged', () => {
    const text = serializePlan(plan);
    const loaded = parsePlan(text);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(serializePlan(loaded.plan)).toBe(text);
  });
});
