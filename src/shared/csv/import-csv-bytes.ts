/**
 * The one entry for a CSV file as it is on disk: size cap, encoding (detected or chosen),
 * separator (detected or chosen), then the importer. The CLI, the desktop app and the
 * browser all pass the file's bytes here, so a file imports the same everywhere.
 */
import { MAX_CSV_BYTES } from '../model/limits';
import { decodeCsvBytes, type CsvEncoding, type EncodingSource } from './decode-csv';
import { importCsv, type CsvImportOptions, type CsvImportResult } from './import-csv';
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
  return { ok: true, text: decoded.text, encoding: decoded.encoding, encodingSource: decoded.source };
}

export function importCsvBytes(bytes: Uint8Array, options: CsvBytesOptions = {}): CsvBytesResult {
  const decoded = decodeCsvForImport(bytes, options);
  if (!decoded.ok) return { ok: false, refusal: decoded.refusal, headers: [] };
  const report: CsvDecodingReport = { encoding: decoded.encoding, encodingSource: decoded.encodingSource };
  return { ...importCsv(decoded.text, options), ...report };
}
