/**
 * Why a CSV file cannot be imported, as data (kinds, not sentences), and the words for
 * each place the refusal is shown: the CLI names its flags, the app's import dialog names
 * its own controls and never a flag.
 */
import type { CsvEncoding } from './decode-csv';
import { DELIMITER_NAMES, type CsvDelimiter } from './delimiter';

export type CsvColumnField = 'id' | 'manager' | 'name' | 'title' | 'role';

export type CsvRefusal =
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  /** The plan made from the CSV would be over the plan limit (MAX_PLAN_BYTES), which Open and `check` would refuse. */
  | { readonly kind: 'plan-too-large'; readonly bytes: number; readonly limit: number }
  /** Not valid in the encoding a BOM named or the user chose; `offset` is the first bad byte. */
  | { readonly kind: 'undecodable'; readonly encoding: CsvEncoding; readonly offset: number }
  | { readonly kind: 'empty' }
  /** More data rows than a plan can hold nodes (MAX_PLAN_NODES). */
  | { readonly kind: 'too-many-rows'; readonly rows: number; readonly limit: number }
  /** A JSON file (d3-org-chart's data) that is not an array of flat objects. */
  | { readonly kind: 'bad-json'; readonly message: string }
  | {
      readonly kind: 'no-id-column';
      readonly expected: readonly string[];
      readonly headers: readonly string[];
      readonly delimiter: CsvDelimiter;
    }
  /** A column the user chose (flag or dialog) is not in the header row. */
  | {
      readonly kind: 'missing-column';
      readonly field: CsvColumnField;
      readonly wanted: string;
      readonly headers: readonly string[];
    };

/** Where the words are shown. */
export type CsvAudience = 'cli' | 'app';

const ENCODING_NAMES: Readonly<Record<CsvEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
};

const FIELD_LABELS: Readonly<Record<CsvColumnField, string>> = {
  id: 'Person id',
  manager: 'Manager id',
  name: 'Name',
  title: 'Job title',
  role: 'Roles from column',
};

/** The CLI flag that chose each column. */
const FIELD_FLAGS: Readonly<Record<CsvColumnField, string>> = {
  id: '--id',
  manager: '--manager',
  name: '--name',
  title: '--title',
  role: '--role-column',
};

export function encodingName(encoding: CsvEncoding): string {
  return ENCODING_NAMES[encoding];
}

const quoteList = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The other separators that appear in a one-column header: the likely right choice. */
function otherSeparators(headers: readonly string[], delimiter: CsvDelimiter): string[] {
  if (headers.length !== 1) return [];
  const header = headers[0] ?? '';
  return (Object.keys(DELIMITER_NAMES) as CsvDelimiter[])
    .filter((candidate) => candidate !== delimiter && header.includes(candidate))
    .map((candidate) => DELIMITER_NAMES[candidate]);
}

export function describeCsvRefusal(refusal: CsvRefusal, audience: CsvAudience): string {
  const cli = audience === 'cli';
  switch (refusal.kind) {
    case 'too-large':
      return `the file is ${megabytes(refusal.bytes)}; CSV files over ${megabytes(refusal.limit)} are not imported (split it, or remove columns that are not needed)`;
    case 'undecodable': {
      const choose = cli
        ? 'name the encoding it was saved in with --encoding (utf-8, utf-16le, utf-16be, windows-1252)'
        : 'choose the encoding it was saved in under Encoding';
      return `the file is not valid ${encodingName(refusal.encoding)} (first bad byte at offset ${refusal.offset.toLocaleString('en-US')}); ${choose}`;
    }
    case 'plan-too-large':
      return `the plan would be ${megabytes(refusal.bytes)}, over the ${megabytes(refusal.limit)} limit for plans that opening a plan and \`check\` apply; split the CSV`;
    case 'empty':
      return 'the file is empty: no header row';
    case 'too-many-rows':
      return `the file has ${refusal.rows.toLocaleString('en-US')} rows; a plan holds at most ${refusal.limit.toLocaleString('en-US')} people, teams and stakeholders (split the file)`;
    case 'bad-json':
      return refusal.message;
    case 'no-id-column': {
      const headers = refusal.headers.length === 0 ? '(none)' : quoteList(refusal.headers);
      const others = otherSeparators(refusal.headers, refusal.delimiter);
      const separator =
        others.length === 0
          ? ''
          : `; the header was split at each ${DELIMITER_NAMES[refusal.delimiter]} but holds a ${others.join(' and a ')}: ${cli ? 'choose the separator with --delimiter' : 'choose it under Separator'}`;
      const choose = cli ? 'or choose one with --id' : 'or choose the column under Person id';
      return `no id column: expected a header named one of ${quoteList(refusal.expected)} (${choose}); headers found: ${headers}${separator}`;
    }
    case 'missing-column': {
      const headers = refusal.headers.length === 0 ? '(none)' : quoteList(refusal.headers);
      const where = cli ? `(${FIELD_FLAGS[refusal.field]})` : `(chosen for ${FIELD_LABELS[refusal.field]})`;
      return `the ${refusal.field} column "${refusal.wanted.trim()}" ${where} is not in the header row; headers found: ${headers}`;
    }
  }
}
