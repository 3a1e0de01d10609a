/**
 * The app's CSV import refuses a plan it could not open again: over the plan
 * limit (MAX_PLAN_BYTES, the one `check` and Open apply), as the CLI's
 * import-csv does. Before, the app showed such a plan and only refused it at
 * the next Open.
 */
import { describe, expect, it } from 'vitest';
import { describeCsvRefusal } from '@shared/csv/refusal';
import { DEFAULT_ROLES } from '@shared/csv/roles';
import { MAX_PLAN_BYTES } from '@shared/model/limits';
import { runCsvJob, type CsvJob } from '../../../src/renderer/src/import/csv-import-job';

const csv = 'id,name,manager_id\n1,Ada,\n2,Ben,1\n3,Chloé,1\n';

function job(overrides: Partial<CsvJob> = {}): CsvJob {
  return {
    bytes: new TextEncoder().encode(csv),
    planName: 'Org',
    columns: {},
    roles: DEFAULT_ROLES,
    encoding: undefined,
    delimiter: undefined,
    layout: true,
    ...overrides,
  };
}

describe('CSV import and the plan limit', () => {
  it('imports a plan under the limit, by default MAX_PLAN_BYTES', () => {
    expect(runCsvJob(job()).outcome.ok).toBe(true);
    expect(MAX_PLAN_BYTES).toBe(50 * 1024 * 1024);
  });

  it('refuses a plan over the limit, naming its size and the limit', () => {
    const result = runCsvJob(job({ maxPlanBytes: 200 }));
    expect(result.outcome.ok).toBe(false);
    if (result.outcome.ok) return;
    expect(result.outcome.refusal).toMatchObject({ kind: 'plan-too-large', limit: 200 });
    expect(describeCsvRefusal(result.outcome.refusal, 'app')).toMatch(
      /^the plan would be [\d.]+ MiB, over the 0\.0 MiB limit for plans/,
    );
  });

  it('leaves the preview alone: it shows no plan', () => {
    expect(runCsvJob(job({ maxPlanBytes: 200, layout: false })).outcome.ok).toBe(true);
  });
});
