import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { describeImportCounts } from '@shared/csv/role-summary';

const CSV = [
  'id,name,manager id,role',
  'pm,Pat,,PM',
  'po,Olga,pm,PO',
  'dev,Dev,po,',
  'tm,Payments,po,team',
  'sh,Legal,po,internal',
  'ex,Vendor,po,external',
].join('\n');

describe('describeImportCounts', () => {
  it('counts teams and stakeholders apart from people (they were counted as people)', () => {
    const result = importCsv(CSV, {
      roles: {
        by: 'column',
        column: 'role',
        values: { pm: ['PM'], po: ['PO'], team: ['team'], internal: ['internal'], external: ['external'] },
      },
      layout: false,
    });
    if (!result.ok) throw new Error('import refused');
    // Before: "6 people, 5 reporting lines, 0 problems".
    expect(describeImportCounts(result.kinds, result.counts)).toBe(
      '3 people, 1 Scrum team, 2 stakeholders, 5 lines, 0 rows skipped, 0 CSV notes',
    );
  });

  it('keeps "reporting lines" when every row is a person, in the singular where it is one', () => {
    const result = importCsv('id,name,manager id\n1,Ada,\n2,Bob,1\n', { layout: false });
    if (!result.ok) throw new Error('import refused');
    expect(describeImportCounts(result.kinds, result.counts)).toBe(
      '2 people, 1 reporting line, 0 rows skipped, 0 CSV notes',
    );
  });

  it('groups thousands for the dialog and prints plain numbers for the CLI', () => {
    const kinds = { pm: 1000, po: 200, person: 316, team: 1, internal: 0, external: 0 };
    const totals = { reportingLines: 1515, problems: 1001, skippedRows: 1000 };
    expect(describeImportCounts(kinds, totals)).toBe(
      '1,516 people, 1 Scrum team, 1,515 lines, 1,000 rows skipped, 1 CSV note',
    );
    expect(describeImportCounts(kinds, totals, false)).toBe(
      '1516 people, 1 Scrum team, 1515 lines, 1000 rows skipped, 1 CSV note',
    );
  });

  it('says rows skipped and CSV notes, not "problems" (the plan\'s rule findings are another count)', () => {
    // Row 3 repeats id 1 (skipped); row 4 names a manager who is not there (imported, noted).
    const result = importCsv('id,name,manager id\n1,Ada,\n1,Again,\n2,Bob,99\n', { layout: false });
    if (!result.ok) throw new Error('import refused');
    // Before: "2 people, 0 reporting lines, 2 problems".
    expect(describeImportCounts(result.kinds, result.counts)).toBe(
      '2 people, 0 reporting lines, 1 row skipped, 1 CSV note',
    );
  });
});
