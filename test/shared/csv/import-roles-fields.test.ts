import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { MAX_FIELD_VALUE_LENGTH, MAX_NODE_FIELDS } from '@shared/model/limits';

const CSV = [
  'id,manager_id,name,title,role,department,e-mail',
  'pm1,,Pat,Head of Product,PM,Product,pat@example.com',
  'po1,pm1,Olu,Owner,PO,Product,',
  't1,po1,Payments,,Team,,',
  'p1,t1,Dev,Engineer,,Engineering,dev@example.com',
  's1,po1,Finance,,Stakeholder,,',
  'x1,po1,Acme,,Vendor,,',
].join('\n');

function imported(csv: string, options: Parameters<typeof importCsv>[1]) {
  const result = importCsv(csv, { layout: false, ...options });
  if (!result.ok) throw new Error(result.refusal.kind);
  return result;
}

describe('CSV roles from a column', () => {
  const result = imported(CSV, {
    roles: {
      by: 'column',
      column: 'ROLE',
      values: { pm: ['pm'], po: ['po'], team: ['team'], internal: ['stakeholder'], external: ['vendor'] },
    },
  });
  const kindOf = (id: string) => result.plan.nodes.find((node) => node.id === id);

  it('makes each kind the column names, and counts them', () => {
    expect(kindOf('pm1')?.kind).toBe('pm');
    expect(kindOf('po1')?.kind).toBe('po');
    expect(kindOf('t1')?.kind).toBe('team');
    expect(kindOf('s1')).toMatchObject({ kind: 'stakeholder', scope: 'internal' });
    expect(kindOf('x1')).toMatchObject({ kind: 'stakeholder', scope: 'external' });
    expect(result.kinds).toEqual({ pm: 1, po: 1, person: 1, team: 1, internal: 1, external: 1 });
  });

  it('joins each row to its manager with the line their kinds allow', () => {
    const lines = result.plan.edges.map((edge) => `${edge.kind} ${edge.source}→${edge.target}`).sort();
    expect(lines).toEqual([
      'engages po1→s1',
      'engages po1→x1',
      'member-of p1→t1',
      'member-of po1→t1',
      'reports-to po1→pm1',
    ]);
    expect(result.problems).toEqual([]);
  });

  it("lists the role column's values, most common first, to choose from", () => {
    expect(result.roleValues).toEqual([
      { value: '', count: 1 },
      { value: 'PM', count: 1 },
      { value: 'PO', count: 1 },
      { value: 'Stakeholder', count: 1 },
      { value: 'Team', count: 1 },
      { value: 'Vendor', count: 1 },
    ]);
  });

  it('refuses a role column that is not in the header, naming it', () => {
    const refused = importCsv(CSV, { roles: { by: 'column', column: 'Kind', values: {} } });
    expect(!refused.ok && refused.refusal).toMatchObject({
      kind: 'missing-column',
      field: 'role',
      wanted: 'Kind',
    });
  });
});

describe('CSV roles from title patterns', () => {
  it('uses the patterns given instead of the defaults', () => {
    const result = imported(CSV, { roles: { by: 'title', patterns: { pm: ['head of'], po: ['owner'] } } });
    expect(result.kinds).toEqual({ pm: 1, po: 1, person: 4, team: 0, internal: 0, external: 0 });
  });

  it('by default still finds product owners and managers by title', () => {
    const result = imported('id,name,title\n1,A,Product Owner\n2,B,Product Manager\n3,C,Dev', {});
    expect(result.kinds).toMatchObject({ po: 1, pm: 1, person: 1 });
  });
});

describe('extra CSV columns kept as fields', () => {
  const result = imported(CSV, {});

  it('keeps every column not read as id, manager, name or title, without empty cells', () => {
    expect(result.fieldNames).toEqual(['role', 'department', 'e-mail']);
    expect(result.plan.nodes.find((node) => node.id === 'pm1')?.fields).toEqual({
      role: 'PM',
      department: 'Product',
      'e-mail': 'pat@example.com',
    });
    expect(result.plan.nodes.find((node) => node.id === 't1')?.fields).toEqual({ role: 'Team' });
  });

  it('does not keep the role column as a field once it decides roles', () => {
    const byColumn = imported(CSV, { roles: { by: 'column', column: 'role', values: {} } });
    expect(byColumn.fieldNames).toEqual(['department', 'e-mail']);
  });

  it('round-trip through a save', () => {
    const saved = serializePlan(result.plan);
    const loaded = parsePlan(saved);
    const fieldsById = (nodes: readonly { id: string; fields?: unknown }[]) =>
      Object.fromEntries(nodes.map((node) => [node.id, node.fields]));
    expect(loaded.ok && fieldsById(loaded.plan.nodes)).toEqual(fieldsById(result.plan.nodes));
  });

  it('samples the first rows as mapped, not as the raw cells', () => {
    expect(result.sample[0]).toEqual({
      id: 'pm1',
      name: 'Pat',
      title: 'Head of Product',
      manager: '',
      role: undefined,
      fields: { role: 'PM', department: 'Product', 'e-mail': 'pat@example.com' },
    });
    expect(result.sample).toHaveLength(5);
  });

  it('stays within the limits: long values shortened, columns over the cap and prototype names left out', () => {
    const extra = Array.from({ length: MAX_NODE_FIELDS + 2 }, (_, i) => `c${i}`);
    const header = ['id', 'name', '__proto__', 'constructor', ...extra].join(',');
    const row = ['1', 'A', 'x', 'y', 'v'.repeat(MAX_FIELD_VALUE_LENGTH + 5), ...extra.slice(1).map(() => 'v')].join(
      ',',
    );
    const limited = imported(`${header}\n${row}`, {});
    const fields = limited.plan.nodes[0]?.fields ?? {};
    expect(Object.keys(fields)).toHaveLength(MAX_NODE_FIELDS);
    expect(fields.c0).toHaveLength(MAX_FIELD_VALUE_LENGTH);
    expect(Object.hasOwn(fields, '__proto__')).toBe(false);
    expect(limited.problems.map((problem) => problem.message)).toEqual([
      'column "__proto__" is not kept: this key is not allowed',
      'column "constructor" is not kept: this key is not allowed',
      `2 more columns not kept (at most ${MAX_NODE_FIELDS} per person): c32, c33`,
      `"c0" shortened to ${MAX_FIELD_VALUE_LENGTH} characters`,
    ]);
    expect(parsePlan(serializePlan(limited.plan)).ok).toBe(true);
  });
});
