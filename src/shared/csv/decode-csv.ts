/**
 * CSV bytes → text, the way spreadsheets write them (docs/format.md, "CSV import"):
 * a byte order mark decides (UTF-8, UTF-16LE, UTF-16BE); without one, text that is valid
 * UTF-8 is UTF-8, and anything else is Windows-1252 (Excel's default "CSV" on Windows),
 * never U+FFFD. The caller may choose the encoding instead; the result says which was
 * used and why, so the user can tell "Dana Lée" was read as they meant it.
 */
import { decodeUtf16 } from '../text/utf16';
import { decodeUtf8Strict } from '../text/utf8';
import { decodeWindows1252 } from '../text/windows-1252';

export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** How the encoding was settled: a BOM, valid UTF-8, the Windows-1252 fallback, or the user's choice. */
export type EncodingSource = 'bom' | 'valid-utf-8' | 'fallback' | 'chosen';

export type CsvDecoding =
  | { readonly ok: true; readonly text: string; readonly encoding: CsvEncoding; readonly source: EncodingSource }
  /** The bytes are not valid in `encoding` (from a BOM or chosen); `offset` is the first bad byte. */
  | { readonly ok: false; readonly encoding: CsvEncoding; readonly offset: number };

export function isCsvEncoding(value: string): value is CsvEncoding {
  return (CSV_ENCODINGS as readonly string[]).includes(value);
}

function bomOf(bytes: Uint8Array): { encoding: CsvEncoding; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function decodeAs(bytes: Uint8Array, encoding: CsvEncoding, start: number, source: EncodingSource): CsvDecoding {
  if (encoding === 'windows-1252')
    return { ok: true, text: decodeWindows1252(bytes.subarray(start)), encoding, source };
  const decoded =
    encoding === 'utf-8' ? decodeUtf8Strict(bytes.subarray(start)) : decodeUtf16(bytes, encoding === 'utf-16le', start);
  if (!decoded.ok) return { ok: false, encoding, offset: decoded.offset + (encoding === 'utf-8' ? start : 0) };
  return { ok: true, text: decoded.text, encoding, source };
}

/** Decodes CSV bytes; `chosen` overrides detection. A BOM matching the chosen encoding is skipped. */
export function decodeCsvBytes(bytes: Uint8Array, chosen?: CsvEncoding): CsvDecoding {
  const bom = bomOf(bytes);
  if (chosen !== undefined) return decodeAs(bytes, chosen, bom?.encoding === chosen ? bom.length : 0, 'chosen');
  if (bom !== undefined) return decodeAs(bytes, bom.encoding, bom.length, 'bom');
  const utf8 = decodeAs(bytes, 'utf-8', 0, 'valid-utf-8');
  return utf8.ok ? utf8 : decodeAs(bytes, 'windows-1252', 0, 'fallback');
}
