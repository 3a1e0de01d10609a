import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { hitContexts, searchNodes } from '@shared/edit';
import type { Plan } from '@shared/model/types';

const CSV = readFileSync(new URL('../../fixtures/org-1516.csv', import.meta.url), 'utf8');
const imported = importCsv(CSV, { layout: false });
if (!imported.ok) throw new Error(imported.refusal.kind);
const org = imported.plan;

const small: Plan = {
  format: 'org-planner',
  version: 1,
  nodes: [
    { id: 'm', kind: 'pm', name: 'Mia' },
    { id: 'a', kind: 'po', name: 'Ann Lee', title: 'Owner', fields: { department: 'Payments', email: 'ann@x.io' } },
    { id: 't', kind: 'team', name: 'Checkout' },
    { id: 'b', kind: 'person', name: 'Bo', fields: { department: 'Sales' } },
  ],
  edges: [
    { id: 'e1', kind: 'reports-to', source: 'a', target: 'm' },
    { id: 'e2', kind: 'member-of', source: 'a', target: 't' },
  ],
};

describe('searchNodes', () => {
  it('finds field values after names and titles, saying which field matched', () => {
    const found = searchNodes(small, 'pay');
    expect(found.total).toBe(1);
    expect(found.hits[0]).toMatchObject({ field: 'field', fieldName: 'department', fieldValue: 'Payments' });
    expect(searchNodes(small, 'a').hits.map((hit) => [hit.node.id, hit.field])).toEqual([
      ['a', 'name'],
      ['m', 'name'],
      ['b', 'field'],
    ]);
  });

  it('counts every match, not only the ones it returns ("Shelley Bu" is 64 people in org-1516)', () => {
    const found = searchNodes(org, 'Shelley Bu', 8);
    expect(found.hits).toHaveLength(8);
    expect(found.total).toBe(64);
  });
});

describe('hitContexts', () => {
  it('gives each hit its manager and teams', () => {
    const hits = searchNodes(small, 'ann').hits;
    expect(hitContexts(small, hits)).toEqual([{ manager: 'Mia', teams: ['Checkout'] }]);
  });

  it('tells the eight "Shelley Burke · Intern" rows apart (before: eight identical rows)', () => {
    const hits = searchNodes(org, 'Shelley Bu', 8).hits;
    const contexts = hitContexts(org, hits);
    const rows = hits.map((hit, i) => JSON.stringify([hit.node.name, hit.node.title, contexts[i]]));
    expect(new Set(rows).size).toBe(8);
    expect(contexts.every((context) => context.manager === 'Charlotte Cooper')).toBe(true);
    // The manager's manager is the next clue; only rows alike even then show the id.
    expect(contexts.every((context) => context.above !== undefined)).toBe(true);
  });

  it('adds nothing where the manager already tells rows apart', () => {
    const hits = searchNodes(org, 'Ian Devling').hits;
    expect(hitContexts(org, hits)).toEqual([{ teams: [] }]);
  });
});
