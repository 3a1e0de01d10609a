import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvDetailed, type CsvProblem } from '@shared/csv/rfc4180';

/** The writer side of RFC 4180, for the round-trip property. */
function toCsv(rows: readonly (readonly string[])[], newline: string): string {
  const field = (value: string, alone: boolean): string =>
    /[",\r\n]/.test(value) || (alone && value === '') ? `"${value.replaceAll('"', '""')}"` : value;
  return rows.map((row) => row.map((value) => field(value, row.length === 1)).join(',')).join(newline) + newline;
}

describe('parseCsv', () => {
  it('splits plain fields and records', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps commas, doubled quotes and new lines (LF, CRLF, CR) inside quoted fields', () => {
    const text =
      'id,title\r\n1,"Head of Sales, EMEA"\r\n2,"The ""Boss"""\r\n3,"two\nlines"\r\n4,"crlf\r\ninside"\r\n5,"cr\rinside"\r\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'title'],
      ['1', 'Head of Sales, EMEA'],
      ['2', 'The "Boss"'],
      ['3', 'two\nlines'],
      ['4', 'crlf\r\ninside'],
      ['5', 'cr\rinside'],
    ]);
  });

  it('reads LF, CRLF, CR and mixed record separators alike', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ];
    expect(parseCsv('a,b\n1,2\n3,4')).toEqual(expected);
    expect(parseCsv('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(parseCsv('a,b\r1,2\r3,4\r')).toEqual(expected);
    expect(parseCsv('a,b\r\n1,2\n3,4\r')).toEqual(expected);
  });

  it('strips a byte order mark', () => {
    expect(parseCsv('\uFEFFid,name\n1,Ada\n')).toEqual([
      ['id', 'name'],
      ['1', 'Ada'],
    ]);
  });

  it('does not turn the trailing newline or blank lines into records', () => {
    expect(parseCsv('a\n\n\nb\r\n\r\nc\n\n')).toEqual([['a'], ['b'], ['c']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\n\r\n')).toEqual([]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c\n,,\nx,y,')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
      ['x', 'y', ''],
    ]);
    expect(parseCsv('""\n')).toEqual([['']]);
  });

  it('keeps white space, which is data in RFC 4180', () => {
    expect(parseCsv(' Ada , Lovelace \n')).toEqual([[' Ada ', ' Lovelace ']]);
  });

  it('reports an unterminated quote and reads the rest of the file into the field', () => {
    const problems: CsvProblem[] = [];
    const rows = parseCsv('id,title\n1,"never closed\n2,x\n', (problem) => problems.push(problem));
    expect(rows).toEqual([
      ['id', 'title'],
      ['1', 'never closed\n2,x\n'],
    ]);
    expect(problems).toEqual([{ line: 2, message: expect.stringContaining('never closed') as string }]);
  });

  it('keeps text after a closing quote and reports it', () => {
    const result = parseCsvDetailed('a,"b"c,d\n');
    expect(result.rows).toEqual([['a', 'bc', 'd']]);
    expect(result.problems).toEqual([{ line: 1, message: expect.stringContaining('after a closing quote') as string }]);
  });

  it('gives the physical line each record starts on', () => {
    const result = parseCsvDetailed('h1,h2\r\n"multi\r\nline",x\r\n\r\nnext,y\rlast,z');
    expect(result.rows.map((row) => row[0])).toEqual(['h1', 'multi\r\nline', 'next', 'last']);
    expect(result.lines).toEqual([1, 2, 5, 6]);
    expect(result.problems).toEqual([]);
  });

  it('round-trips any table written per RFC 4180', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', 'é', '😀') });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n', '\r'), (rows, newline) => {
        expect(parseCsv(toCsv(rows, newline))).toEqual(rows);
      }),
    );
  });
});
