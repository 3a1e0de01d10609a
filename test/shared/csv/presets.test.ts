/** Column presets by header names (d3-org-chart, BambooHR, HiBob, Workday) and d3-org-chart's JSON, on the samples. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsvBytes } from '@shared/csv/import-csv-bytes';
import { jsonRowsToCsv } from '@shared/csv/json-rows';
import { CSV_PRESETS, detectPreset, presetColumns } from '@shared/csv/presets';
import { parseCsv } from '@shared/csv/rfc4180';
import type { Plan } from '@shared/model/types';

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(`test/fixtures/hris/${name}`));
const headersOf = (name: string): string[] => {
  const text = new TextDecoder().decode(sample(name));
  const csv = name.endsWith('.json') ? jsonRowsToCsv(text) : { ok: true as const, text };
  if (!csv.ok) throw new Error(csv.message);
  return parseCsv(csv.text)[0] ?? [];
};

function imported(name: string): Plan {
  const preset = detectPreset(headersOf(name));
  const columns = preset === undefined ? undefined : presetColumns(preset, headersOf(name));
  const result = importCsvBytes(sample(name), { planName: name, ...(columns !== undefined && { columns }) });
  if (!result.ok) throw new Error(result.refusal.kind);
  return result.plan;
}

const managers = (plan: Plan): string[] =>
  plan.edges.filter((e) => e.kind === 'reports-to').map((e) => `${e.source}>${e.target}`);

describe('CSV import presets', () => {
  it.each([
    ['d3-org-chart.csv', 'd3-org-chart', { id: 'id', manager: 'parentId', name: 'name', title: 'positionName' }],
    ['bamboohr.csv', 'bamboohr', { id: 'Employee #', manager: 'Reports To', title: 'Job Title' }],
    [
      'hibob.csv',
      'hibob',
      { id: 'id_in_company', manager: 'reports_to_id_in_company', name: 'display_name', title: 'title' },
    ],
    ['workday.csv', 'workday', { id: 'Employee ID', manager: 'Manager ID', name: 'Worker', title: 'Business Title' }],
  ])('recognises %s as %s and fills its columns', (file, preset, columns) => {
    const headers = headersOf(file);
    const found = detectPreset(headers);
    expect(found?.id).toBe(preset);
    expect(found && presetColumns(found, headers)).toEqual(columns);
  });

  it('matches no preset without its id and manager columns', () => {
    expect(detectPreset(['name', 'title', 'department'])).toBeUndefined();
    expect(detectPreset(['Employee #', 'First Name'])).toBeUndefined();
  });

  it('imports the BambooHR sample with its preset: names from First + Last, lines from Reports To', () => {
    // Without the preset, "Employee #" is no id column the importer knows.
    expect(importCsvBytes(sample('bamboohr.csv')).ok).toBe(false);
    const plan = imported('bamboohr.csv');
    expect(plan.nodes.map((n) => [n.id, n.name, n.kind])).toEqual([
      ['1001', 'Dana Ortiz', 'person'],
      ['1002', 'Lee Park', 'pm'],
      ['1003', 'Rin Sato', 'po'],
      ['1004', 'Ana Costa', 'po'],
      ['1005', 'Sam Okoye', 'person'],
    ]);
    expect(managers(plan)).toEqual(['1002>1001', '1003>1002', '1004>1002', '1005>1001']);
    expect(plan.nodes[0]?.fields).toEqual({ Department: 'Product', 'Work Email': 'dana@example.test' });
  });

  it('imports the HiBob and Workday samples with their reporting lines', () => {
    expect(managers(imported('hibob.csv'))).toEqual(['E-2>E-1', 'E-3>E-2', 'E-4>E-3']);
    const workday = imported('workday.csv');
    expect(managers(workday)).toEqual(['21002>21001', '21003>21002', '21004>21002']);
    expect(workday.nodes.map((n) => n.name)).toContain('Hamilton, Margaret');
  });

  it('prefers BambooHR’s Supervisor EID to a Reports To that holds names', () => {
    const preset = CSV_PRESETS.find((p) => p.id === 'bamboohr');
    if (preset === undefined) throw new Error('no BambooHR preset');
    expect(presetColumns(preset, ['Employee #', 'Reports To', 'Supervisor EID'])?.manager).toBe('Supervisor EID');
  });
});

describe('d3-org-chart JSON', () => {
  it('imports an array of {id, parentId, name, …} as its CSV would be', () => {
    const plan = imported('d3-org-chart.json');
    expect(plan.nodes.map((n) => [n.id, n.name, n.title])).toEqual([
      ['O-1', 'Ian Devling', 'Chief Executive Officer'],
      ['O-2', 'Davolio Nancy', 'Senior Product Manager'],
      ['O-3', 'Leverling Janet', 'Product Owner'],
      ['O-4', 'Peacock Margaret', 'Engineer'],
    ]);
    expect(managers(plan)).toEqual(['O-2>O-1', 'O-3>O-2', 'O-4>O-2']);
    expect(plan.nodes[0]?.fields).toMatchObject({ office: 'CTO office', tags: 'Ceo,manager', isLoggedUser: 'false' });
    expect(plan.nodes[2]?.fields).toMatchObject({ size: '3' });
  });

  it('keeps formula-like values as they were, and refuses JSON that is not an array of objects', () => {
    const rows = jsonRowsToCsv('[{"id":"a","name":"=1+1"},{"id":"b","name":"\'=x"}]');
    const result = importCsvBytes(new TextEncoder().encode(rows.ok ? rows.text : ''));
    expect(result.ok && result.plan.nodes.map((n) => n.name)).toEqual(['=1+1', "'=x"]);
    for (const [text, message] of [
      ['[{"id": 1},', /not valid JSON/],
      ['[1, 2]', /item 1 of the JSON array is not an object/],
      ['[]', /holds no people/],
    ] as const) {
      const refused = importCsvBytes(new TextEncoder().encode(text));
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.refusal.kind === 'bad-json' && refused.refusal.message).toMatch(message);
    }
  });
});
