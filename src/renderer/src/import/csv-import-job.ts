/**
 * One run of the CSV importer as the import dialog needs it: decode, preview, import
 * (with or without the layout), in a shape small enough to post from a worker. Pure, so
 * the worker is a thin shell around it and tests can run it directly.
 */
import type {
  CsvColumns,
  CsvImportCounts,
  CsvImportProblem,
  CsvKindCounts,
  CsvMapping,
  CsvProgress,
  CsvRoles,
  CsvSampleRow,
  CsvValueCount,
} from '@shared/csv/import-csv';
import { decodeCsvForImport, planSizeRefusal } from '@shared/csv/import-csv-bytes';
import type { CsvEncoding, EncodingSource } from '@shared/csv/decode-csv';
import { detectDelimiter, type CsvDelimiter } from '@shared/csv/delimiter';
import { importCsv } from '@shared/csv/import-csv';
import type { CsvRefusal } from '@shared/csv/refusal';
import type { Plan } from '@shared/model/types';

export interface CsvJob {
  readonly bytes: Uint8Array;
  readonly planName: string;
  readonly columns: CsvColumns;
  readonly roles: CsvRoles;
  /** Undefined: detected. */
  readonly encoding: CsvEncoding | undefined;
  readonly delimiter: CsvDelimiter | undefined;
  /** The final import lays the people out; the preview only counts them. */
  readonly layout: boolean;
  /** Defaults to MAX_PLAN_BYTES, as for opening a plan; tests lower it. */
  readonly maxPlanBytes?: number;
}

const SHOWN_PROBLEMS = 5;

export interface CsvJobResult {
  readonly encoding?: CsvEncoding;
  readonly encodingSource?: EncodingSource;
  readonly delimiter?: CsvDelimiter;
  readonly headers: readonly string[];
  readonly outcome:
    | {
        readonly ok: true;
        readonly mapping: CsvMapping;
        readonly counts: CsvImportCounts;
        readonly kinds: CsvKindCounts;
        readonly fieldNames: readonly string[];
        /** The first rows as the importer read them (mapped columns, roles, fields). */
        readonly sample: readonly CsvSampleRow[];
        readonly roleValues: readonly CsvValueCount[];
        /** The first few problems; `counts.problems` says how many there are. */
        readonly problems: readonly CsvImportProblem[];
        /** Only when the job asked for the layout. */
        readonly plan?: Plan;
      }
    | { readonly ok: false; readonly refusal: CsvRefusal };
}

export function runCsvJob(job: CsvJob, onProgress: (progress: CsvProgress) => void = () => undefined): CsvJobResult {
  const decoded = decodeCsvForImport(job.bytes, { encoding: job.encoding, onProgress });
  if (!decoded.ok) return { headers: [], outcome: { ok: false, refusal: decoded.refusal } };
  const delimiter = job.delimiter ?? detectDelimiter(decoded.text);
  const result = importCsv(decoded.text, {
    columns: job.columns,
    roles: job.roles,
    planName: job.planName,
    delimiter,
    layout: job.layout,
    onProgress,
  });
  const common = {
    encoding: decoded.encoding,
    encodingSource: decoded.encodingSource,
    delimiter,
    headers: result.headers,
  };
  if (!result.ok) return { ...common, outcome: { ok: false, refusal: result.refusal } };
  // The final import only: the plan the app would show must be one it can open again (the CLI refuses it too).
  const tooLarge = job.layout ? planSizeRefusal(result.plan, job.maxPlanBytes) : undefined;
  if (tooLarge !== undefined) return { ...common, outcome: { ok: false, refusal: tooLarge } };
  return {
    ...common,
    outcome: {
      ok: true,
      mapping: result.mapping,
      counts: result.counts,
      kinds: result.kinds,
      fieldNames: result.fieldNames,
      sample: result.sample,
      roleValues: result.roleValues,
      problems: result.problems.slice(0, SHOWN_PROBLEMS),
      ...(job.layout && { plan: result.plan }),
    },
  };
}
