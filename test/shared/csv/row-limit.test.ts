import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { describeCsvRefusal } from '@shared/csv/refusal';
import { MAX_PLAN_NODES } from '@shared/model/limits';

const rows = (count: number): string => ['id', ...Array.from({ length: count }, (_, i) => String(i))].join('\n');

describe('CSV import row limit', () => {
  it('refuses a file with more data rows than a plan may hold nodes, before building any', () => {
    let layoutReported = false;
    const result = importCsv(rows(6), {
      maxRows: 5,
      onProgress: (progress) => {
        if (progress.stage === 'people' || progress.stage === 'layout') layoutReported = true;
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal).toEqual({ kind: 'too-many-rows', rows: 6, limit: 5 });
    expect(layoutReported).toBe(false);
    expect(describeCsvRefusal(result.refusal, 'app')).toBe(
      'the file has 6 rows; a plan holds at most 5 people, teams and stakeholders (split the file)',
    );
  });

  it('imports a file at the limit, and blank rows do not count', () => {
    const result = importCsv(`${rows(5)}\n,\n\n,`, { maxRows: 5, layout: false });
    expect(result.ok && result.plan.nodes.length).toBe(5);
  });

  it('uses MAX_PLAN_NODES by default', () => {
    const result = importCsv(rows(MAX_PLAN_NODES + 1), { layout: false });
    expect(!result.ok && result.refusal).toEqual({
      kind: 'too-many-rows',
      rows: MAX_PLAN_NODES + 1,
      limit: MAX_PLAN_NODES,
    });
  }, 60_000);
});
