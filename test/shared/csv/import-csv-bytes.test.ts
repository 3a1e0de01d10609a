import { describe, expect, it } from 'vitest';
import { importCsvBytes, type CsvBytesResult } from '@shared/csv/import-csv-bytes';
import { describeCsvRefusal } from '@shared/csv/refusal';
import { MAX_CSV_BYTES } from '@shared/model/limits';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1252 of Latin-1 text: the byte is the code point (no 0x80-0x9F characters used here). */
const cp1252 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

function ok(result: CsvBytesResult): Extract<CsvBytesResult, { ok: true }> {
  if (!result.ok) throw new Error(describeCsvRefusal(result.refusal, 'cli'));
  return result;
}

const names = (result: CsvBytesResult): string[] => ok(result).plan.nodes.map((node) => node.name);

const SAMPLE = 'id,name,manager id\r\n1,Dana Lée,\r\n2,Zoë Ærø,1\r\n';

describe('importCsvBytes: encodings spreadsheets write', () => {
  it('reads a Windows-1252 CSV (Excel "CSV (Comma delimited)") as "Dana Lée", not U+FFFD, and says so', () => {
    const result = ok(importCsvBytes(cp1252(SAMPLE), { layout: false }));
    expect(result.plan.nodes.map((node) => node.name)).toEqual(['Dana Lée', 'Zoë Ærø']);
    expect(result).toMatchObject({ encoding: 'windows-1252', encodingSource: 'fallback' });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text") and UTF-16BE', () => {
    const le = ok(importCsvBytes(utf16(SAMPLE, true), { layout: false }));
    expect(le).toMatchObject({ encoding: 'utf-16le', encodingSource: 'bom', headers: ['id', 'name', 'manager id'] });
    expect(names(le)).toEqual(['Dana Lée', 'Zoë Ærø']);
    expect(importCsvBytes(utf16(SAMPLE, false), { layout: false })).toMatchObject({ encoding: 'utf-16be' });
    expect(names(importCsvBytes(utf16(SAMPLE, false), { layout: false }))).toEqual(['Dana Lée', 'Zoë Ærø']);
  });

  it('reads UTF-8 with and without a BOM', () => {
    expect(importCsvBytes(utf8(SAMPLE), { layout: false })).toMatchObject({
      encoding: 'utf-8',
      encodingSource: 'valid-utf-8',
    });
    const bom = importCsvBytes(utf8(`\uFEFF${SAMPLE}`), { layout: false });
    expect(bom).toMatchObject({ encoding: 'utf-8', encodingSource: 'bom', headers: ['id', 'name', 'manager id'] });
    expect(names(bom)).toEqual(['Dana Lée', 'Zoë Ærø']);
  });

  it('uses the chosen encoding, and refuses bytes invalid in it with the offset of the first one', () => {
    const chosen = importCsvBytes(utf8(SAMPLE), { encoding: 'windows-1252', layout: false });
    expect(chosen).toMatchObject({ encoding: 'windows-1252', encodingSource: 'chosen' });
    expect(names(chosen)[0]).toBe('Dana LÃ©e');
    const refused = importCsvBytes(cp1252(SAMPLE), { encoding: 'utf-8' });
    expect(refused).toMatchObject({
      ok: false,
      refusal: { kind: 'undecodable', encoding: 'utf-8', offset: SAMPLE.indexOf('é') },
    });
    if (refused.ok) return;
    expect(describeCsvRefusal(refused.refusal, 'cli')).toContain('--encoding');
    expect(describeCsvRefusal(refused.refusal, 'app')).not.toContain('--');
  });
});

describe('importCsvBytes: separators', () => {
  it('imports a semicolon file (European Excel) instead of refusing it with "no id column"', () => {
    const result = ok(
      importCsvBytes(utf8('id;name;manager id;title\n1;Ada;;"CTO; acting"\n2;Bo;1;Dev\n'), { layout: false }),
    );
    expect(result.delimiter).toBe(';');
    expect(result.plan.nodes.map((node) => node.title)).toEqual(['CTO; acting', 'Dev']);
    expect(result.counts).toMatchObject({ people: 2, reportingLines: 1 });
  });

  it('imports a tab-separated file', () => {
    const result = ok(importCsvBytes(utf8('id\tname\tmanager id\n1\tAda, Countess\t\n2\tBo\t1\n'), { layout: false }));
    expect(result.delimiter).toBe('\t');
    expect(result.plan.nodes.map((node) => node.name)).toEqual(['Ada, Countess', 'Bo']);
  });

  it('counts separators in the header line only and outside quotes', () => {
    const header = '"id;x";"name, full";title\n"1;a";"A, B";c\n';
    expect(ok(importCsvBytes(utf8(header.replace('"id;x"', 'id')), { layout: false })).delimiter).toBe(';');
    const commaBody = 'id,name\n1;2;3;4;5,Ada\n';
    expect(ok(importCsvBytes(utf8(commaBody), { layout: false })).delimiter).toBe(',');
  });

  it('uses the chosen separator', () => {
    const result = importCsvBytes(utf8('id;name\n1;Ada\n'), { delimiter: ',' });
    expect(result).toMatchObject({ ok: false, refusal: { kind: 'no-id-column', headers: ['id;name'] } });
  });
});

describe('importCsvBytes: refusals worded where they are shown', () => {
  it('says "choose one with --id" on the command line and names the dialog control in the app', () => {
    const result = importCsvBytes(utf8('Name,Email\nAda,ada@example.com\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeCsvRefusal(result.refusal, 'cli')).toContain('choose one with --id');
    const app = describeCsvRefusal(result.refusal, 'app');
    expect(app).toContain('Person id');
    expect(app).not.toMatch(/--\w/);
  });

  it('suggests the separator when a forced one leaves the header in one piece', () => {
    const result = importCsvBytes(utf8('id;name\n1;Ada\n'), { delimiter: '\t' });
    if (result.ok) throw new Error('expected a refusal');
    expect(describeCsvRefusal(result.refusal, 'cli')).toContain(
      'holds a semicolon: choose the separator with --delimiter',
    );
    expect(describeCsvRefusal(result.refusal, 'app')).toContain('choose it under Separator');
  });

  it('refuses a file over MAX_CSV_BYTES before decoding it', () => {
    const big = new Uint8Array(MAX_CSV_BYTES + 1).fill(0x41);
    const result = importCsvBytes(big);
    expect(result).toEqual({
      ok: false,
      refusal: { kind: 'too-large', bytes: MAX_CSV_BYTES + 1, limit: MAX_CSV_BYTES },
      headers: [],
    });
    if (result.ok) return;
    expect(describeCsvRefusal(result.refusal, 'app')).toBe(
      'the file is 10.0 MiB; CSV files over 10.0 MiB are not imported (split it, or remove columns that are not needed)',
    );
  });
});

describe('importCsvBytes: control characters', () => {
  it('removes control characters from ids, names and titles and reports each row', () => {
    const text = 'id,name,title,manager id\n1,A\u0001da\u001F,C\u0007TO,\n2\u0000,Bo\uFFFE,Dev,1\u000B\n3,Cy\tD,,2\n';
    const result = ok(importCsvBytes(utf8(text), { layout: false }));
    expect(result.plan.nodes.map((node) => [node.id, node.name, node.title])).toEqual([
      ['1', 'Ada', 'CTO'],
      ['2', 'Bo', 'Dev'],
      ['3', 'Cy\tD', undefined],
    ]);
    expect(result.counts.reportingLines).toBe(2);
    expect(result.problems).toEqual([
      { row: 2, message: 'control characters removed (they cannot be shown or exported)' },
      { row: 3, message: 'control characters removed (they cannot be shown or exported)' },
    ]);
  });
});
