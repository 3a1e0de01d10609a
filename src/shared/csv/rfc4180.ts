/**
 * RFC 4180 CSV reader for HR exports: quoted fields may hold separators (comma, semicolon or tab), doubled
 * quotes and CRLF/LF/CR line breaks. It never throws: malformed input (an
 * unterminated quote, text after a closing quote) is read as best it can and
 * reported as a problem, because a spreadsheet export with one bad cell should
 * still import. One pass over char codes; fields are sliced, not built per char.
 */

/** Something odd in the file; `line` is 1-based, counted in physical lines. */
export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

export interface CsvParseResult {
  /** Records in file order; blank lines are not records. */
  readonly rows: string[][];
  /** For each record, the physical line it starts on (1-based); differs from the record number after quoted new lines or blank lines. */
  readonly lines: number[];
  readonly problems: CsvProblem[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** Parses the whole text, returning records, their start lines and any problems; `delimiter` is one character. */
export function parseCsvDetailed(text: string, delimiter = ','): CsvParseResult {
  const SEPARATOR = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: CsvProblem[] = [];
  const n = text.length;
  let i = n > 0 && text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  let row: string[] = [];

  while (i < n) {
    let code = text.charCodeAt(i);
    if (row.length === 0) {
      // A line break where a record would start is a blank line (or the trailing newline): not a record.
      if (isLineBreak(code)) {
        i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        continue;
      }
      lines.push(line);
    }

    let value: string;
    if (code === QUOTE) {
      const quoteLine = line;
      let start = ++i;
      value = '';
      for (;;) {
        if (i >= n) {
          value += text.slice(start);
          problems.push({ line: quoteLine, message: 'a quoted field is never closed; read to the end of the file' });
          break;
        }
        code = text.charCodeAt(i);
        if (code === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            value += text.slice(start, i + 1); // keep one quote of the pair
            i += 2;
            start = i;
            continue;
          }
          value += text.slice(start, i);
          i++;
          break;
        }
        // Count CRLF once, at its LF.
        if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) line++;
        i++;
      }
      // Lenient: text between the closing quote and the next separator is kept, not dropped.
      const tailStart = i;
      while (i < n && (code = text.charCodeAt(i)) !== SEPARATOR && !isLineBreak(code)) i++;
      if (i > tailStart) {
        value += text.slice(tailStart, i);
        problems.push({ line, message: 'unexpected text after a closing quote; kept as part of the field' });
      }
    } else {
      const start = i;
      while (i < n && (code = text.charCodeAt(i)) !== SEPARATOR && !isLineBreak(code)) i++;
      value = text.slice(start, i);
    }
    row.push(value);

    if (i >= n) break;
    code = text.charCodeAt(i);
    if (code === SEPARATOR) {
      i++;
      // A separator at the very end of the text still ends an (empty) last field.
      if (i >= n) row.push('');
      continue;
    }
    // Line break: the record ends.
    rows.push(row);
    row = [];
    i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
  }
  if (row.length > 0) rows.push(row);
  return { rows, lines, problems };
}

/** Records only; `onProblem` hears about malformed quoting (the records are still returned). */
export function parseCsv(text: string, onProblem?: (problem: CsvProblem) => void, delimiter = ','): string[][] {
  const result = parseCsvDetailed(text, delimiter);
  if (onProblem !== undefined) for (const problem of result.problems) onProblem(problem);
  return result.rows;
}
