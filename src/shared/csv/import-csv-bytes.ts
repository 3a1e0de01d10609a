/**
 * The one entry for a CSV file as it is on disk: size cap, encoding (detected or chosen),
 * separator (detected or chosen), then the importer. d3-org-chart's JSON is read as its CSV. The CLI, the desktop app and the
 * browser all pass the file's bytes here, so a file imports the same everywhere.
 */
import { utf8Length } from '../format/parse';
import { serializePlan } from '../format/serialize';
import { MAX_CSV_BYTES, MAX_PLAN_BYTES } from '../model/limits';
import type { Plan } from '../model/types';
import { decodeCsvBytes, type CsvEncoding, type EncodingSource } from './decode-csv';
import { importCsv, type CsvImportOptions, type CsvImportResult } from './import-csv';
import { jsonRowsToCsv, looksLikeJsonRows } from './json-rows';
import type { CsvRefusal } from './refusal';

export interface CsvBytesOptions extends CsvImportOptions {
  /** Overrides detection (BOM, then UTF-8 validity, then Windows-1252). */
  encoding?: CsvEncoding | undefined;
  /** Defaults to MAX_CSV_BYTES; tests lower it. */
  maxBytes?: number | undefined;
}

/** What the decoder settled on, reported with every result that got that far. */
export interface CsvDecodingReport {
  readonly encoding: CsvEncoding;
  readonly encodingSource: EncodingSource;
}

export type CsvBytesResult =
  | (Extract<CsvImportResult, { ok: true }> & CsvDecodingReport)
  | (Extract<CsvImportResult, { ok: false }> & Partial<CsvDecodingReport>);

export type CsvText = ({ ok: true; text: string } & CsvDecodingReport) | { ok: false; refusal: CsvRefusal };

/** The first step alone: the size cap and the encoding. The app's dialog previews the text it gives. */
export function decodeCsvForImport(bytes: Uint8Array, options: CsvBytesOptions = {}): CsvText {
  const limit = options.maxBytes ?? MAX_CSV_BYTES;
  if (bytes.length > limit) return { ok: false, refusal: { kind: 'too-large', bytes: bytes.length, limit } };
  options.onProgress?.({ stage: 'decoding', fraction: 0 });
  const decoded = decodeCsvBytes(bytes, options.encoding);
  if (!decoded.ok) {
    return { ok: false, refusal: { kind: 'undecodable', encoding: decoded.encoding, offset: decoded.offset } };
  }
  const report = { encoding: decoded.encoding, encodingSource: decoded.source };
  // d3-org-chart's JSON (an array of {id, parentId, name, …}) is read as the CSV it is the same as.
  if (looksLikeJsonRows(decoded.text)) {
    const rows = jsonRowsToCsv(decoded.text);
    return rows.ok
      ? { ok: true, text: rows.text, ...report }
      : { ok: false, refusal: { kind: 'bad-json', message: rows.message } };
  }
  return { ok: true, text: decoded.text, ...report };
}

export function importCsvBytes(bytes: Uint8Array, options: CsvBytesOptions = {}): CsvBytesResult {
  const decoded = decodeCsvForImport(bytes, options);
  if (!decoded.ok) return { ok: false, refusal: decoded.refusal, headers: [] };
  const report: CsvDecodingReport = { encoding: decoded.encoding, encodingSource: decoded.encodingSource };
  return { ...importCsv(decoded.text, options), ...report };
}

/**
 * The refusal for a plan made from a CSV that would be larger than a plan may
 * be (MAX_PLAN_BYTES, the limit opening a plan and `check` apply), so the app
 * never shows a plan it could not open again; undefined when it fits.
 */
export function planSizeRefusal(plan: Plan, limit: number = MAX_PLAN_BYTES): CsvRefusal | undefined {
  const bytes = utf8Length(serializePlan(plan));
  return bytes > limit ? { kind: 'plan-too-large', bytes, limit } : undefined;
}
