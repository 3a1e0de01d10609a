import { describe, expect, it } from 'vitest';
import { importCsv, kindFromTitle, type CsvImportResult } from '@shared/csv/import-csv';
import { describeCsvRefusal } from '@shared/csv/refusal';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';

function imported(result: CsvImportResult): Extract<CsvImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`import failed: ${describeCsvRefusal(result.refusal, 'cli')}`);
  return result;
}

/** One of each problem, on known physical lines (the title on line 4 spans two lines). */
const MESSY = [
  'employee id,Full Name,Job Title,Manager ID', // 1
  '1,Ada Boss,CEO,', // 2
  '2,"Smith, John","Senior Product Manager, ""Checkout""",1', // 3
  '3, Jane Doe ,"Product Owner', // 4
  'Payments",2', // 5
  '4,,Developer,3', // 6  empty name
  '2,Duplicate Person,Developer,1', // 7  duplicate of line 3
  '5,Lost Soul,Developer,99', // 8  unknown manager
  '', // 9  blank line: not a record
  ',No Id,Developer,1', // 10 empty id
  '6,Self Boss,Developer,6', // 11 own manager
  '7,Short Row', // 12 fewer cells than the header: fine
  ',,,', // 13 an empty spreadsheet row: skipped silently
].join('\r\n');

describe('importCsv on a messy export', () => {
  const result = imported(importCsv(MESSY, { layout: false }));

  it('imports every row with an id, once', () => {
    expect(result.plan.nodes.map((node) => node.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(result.rows).toBe(9);
    expect(result.counts).toEqual({ people: 7, reportingLines: 3, problems: 5, skippedRows: 2 });
  });

  it('reports each problem on the line its row starts on', () => {
    expect(result.problems).toEqual([
      { row: 6, message: 'empty name for id "4"; imported without a name' },
      { row: 7, message: 'duplicate id "2" (first used on row 3); row skipped' },
      { row: 8, message: 'manager id "99" of "5" not found; imported without a manager' },
      { row: 10, message: 'empty id in column "employee id"; row skipped' },
      { row: 11, message: '"6" is listed as their own manager; reporting line dropped' },
    ]);
  });

  it('keeps quoted commas, quotes and new lines, and trims names', () => {
    const byId = new Map(result.plan.nodes.map((node) => [node.id, node]));
    expect(byId.get('2')).toEqual({
      id: '2',
      kind: 'pm',
      name: 'Smith, John',
      title: 'Senior Product Manager, "Checkout"',
    });
    expect(byId.get('3')).toEqual({ id: '3', kind: 'po', name: 'Jane Doe', title: 'Product Owner\r\nPayments' });
    expect(byId.get('4')).toEqual({ id: '4', kind: 'person', name: '', title: 'Developer' });
    expect(byId.get('7')).toEqual({ id: '7', kind: 'person', name: 'Short Row' });
  });

  it('turns manager cells into reports-to edges with stable ids', () => {
    expect(result.plan.edges).toEqual([
      { id: 'reports-to:2', kind: 'reports-to', source: '2', target: '1' },
      { id: 'reports-to:3', kind: 'reports-to', source: '3', target: '2' },
      { id: 'reports-to:4', kind: 'reports-to', source: '4', target: '3' },
    ]);
  });

  it('says which headers it used, spelled as in the file', () => {
    expect(result.headers).toEqual(['employee id', 'Full Name', 'Job Title', 'Manager ID']);
    expect(result.mapping).toEqual({ id: 'employee id', manager: 'Manager ID', name: 'Full Name', title: 'Job Title' });
  });

  it('makes a plan that saves and loads', () => {
    const text = serializePlan(result.plan);
    const loaded = parsePlan(text);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(serializePlan(loaded.plan)).toBe(text);
  });
});

describe('importCsv', () => {
  it('reads LF, CRLF and CR files the same way', () => {
    const lf = 'id,name,title,manager_id\n1,Ada,CEO,\n2,Bo,"Product\nOwner",1\n';
    const plans = [lf, lf.replaceAll('\n', '\r\n'), lf.replaceAll('\n', '\r')].map(
      (text) => imported(importCsv(text, { layout: false })).plan,
    );
    expect(plans[1]!.edges).toEqual(plans[0]!.edges);
    expect(plans[2]!.edges).toEqual(plans[0]!.edges);
    expect(plans.map((plan) => plan.nodes.map((node) => [node.id, node.name]))).toEqual([
      [
        ['1', 'Ada'],
        ['2', 'Bo'],
      ],
      [
        ['1', 'Ada'],
        ['2', 'Bo'],
      ],
      [
        ['1', 'Ada'],
        ['2', 'Bo'],
      ],
    ]);
  });

  it('accepts column overrides, case-insensitively, and reports them as spelled in the file', () => {
    const text = 'Staff No,Display,Role,Line Manager,id\nA1,Ada,Product Manager,,x\nB2,Bo,Developer,A1,y\n';
    const result = imported(
      importCsv(text, { columns: { id: 'staff no', manager: ' LINE MANAGER ', name: 'display', title: 'role' } }),
    );
    expect(result.mapping).toEqual({ id: 'Staff No', manager: 'Line Manager', name: 'Display', title: 'Role' });
    expect(result.plan.nodes.map((node) => [node.id, node.kind])).toEqual([
      ['A1', 'pm'],
      ['B2', 'person'],
    ]);
    expect(result.plan.edges).toEqual([{ id: 'reports-to:B2', kind: 'reports-to', source: 'B2', target: 'A1' }]);
  });

  it('refuses an override that names a missing column, naming it', () => {
    const result = importCsv('id,name\n1,Ada\n', { columns: { manager: 'Boss' } });
    expect(result).toEqual({
      ok: false,
      refusal: { kind: 'missing-column', field: 'manager', wanted: 'Boss', headers: ['id', 'name'] },
      headers: ['id', 'name'],
    });
    if (result.ok) return;
    expect(describeCsvRefusal(result.refusal, 'cli')).toContain('"Boss" (--manager)');
    expect(describeCsvRefusal(result.refusal, 'app')).toContain('"Boss" (chosen for Manager id)');
  });

  it('joins first and last name when there is no name column', () => {
    const result = imported(
      importCsv('EMPLOYEE_ID,First Name,Last Name\n7,Grace,Hopper\n8,,Cher\n', { layout: false }),
    );
    expect(result.mapping).toEqual({ id: 'EMPLOYEE_ID', name: { first: 'First Name', last: 'Last Name' } });
    expect(result.plan.nodes.map((node) => node.name)).toEqual(['Grace Hopper', 'Cher']);
    expect(result.problems).toEqual([]);
  });

  it('refuses a file without an id column, naming what it expected and what it found', () => {
    const result = importCsv('Name,Email\nAda,ada@example.com\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.headers).toEqual(['Name', 'Email']);
    const error = describeCsvRefusal(result.refusal, 'cli');
    expect(error).toContain('"id", "employee id", "employee_id"');
    expect(error).toContain('"Name", "Email"');
  });

  it('refuses an empty file', () => {
    expect(importCsv('')).toEqual({ ok: false, refusal: { kind: 'empty' }, headers: [] });
  });

  it('imports a header-only file as an empty plan', () => {
    const result = imported(importCsv('id,name\n'));
    expect(result.plan.nodes).toEqual([]);
    expect(result.rows).toBe(0);
  });

  it('imports without names, with one problem, when there is no name column', () => {
    const result = imported(importCsv('id,reports to\n1,\n2,1\n', { layout: false }));
    expect(result.plan.nodes.map((node) => node.name)).toEqual(['', '']);
    expect(result.problems).toEqual([{ row: 1, message: expect.stringContaining('no name column') as string }]);
    expect(result.plan.edges).toHaveLength(1);
  });

  it('resolves managers listed after their reports', () => {
    const result = imported(importCsv('id,name,managerId\n2,Bo,1\n1,Ada,\n', { layout: false }));
    expect(result.plan.edges).toEqual([{ id: 'reports-to:2', kind: 'reports-to', source: '2', target: '1' }]);
  });

  it('reports malformed quoting as a row problem and still imports', () => {
    const result = imported(importCsv('id,name\n1,Ada\n2,"Bo\n', { layout: false }));
    expect(result.plan.nodes.map((node) => node.name)).toEqual(['Ada', 'Bo']); // the swallowed new line is trimmed
    expect(result.problems).toEqual([{ row: 3, message: expect.stringContaining('never closed') as string }]);
  });

  it('names the plan, and lays it out unless asked not to', () => {
    const text = 'id,name,parentId\n1,Ada,\n2,Bo,1\n';
    const laidOut = imported(importCsv(text, { planName: 'Acme' })).plan;
    expect(laidOut.name).toBe('Acme');
    expect(laidOut.nodes.every((node) => node.position !== undefined)).toBe(true);
    const bare = imported(importCsv(text, { layout: false })).plan;
    expect(bare.name).toBe('Imported org');
    expect(bare.nodes.some((node) => node.position !== undefined)).toBe(false);
  });
});

describe('kindFromTitle', () => {
  it.each([
    ['Senior Product Owner', 'po'],
    ['PRODUCT MANAGER', 'pm'],
    ['Group product manager, Payments', 'pm'],
    ['Product Owner / Product Manager', 'po'],
    ['Product Marketing Manager', 'person'],
    ['Chief Product Officer', 'person'],
    ['', 'person'],
  ])('%j → %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });
});
