/** `import-csv` in-process: spreadsheet encodings and separators, and the flags that override detection. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';
import { parseArgs, UsageError } from '../../src/cli/args';
import { runImportCsv } from '../../src/cli/import-csv-command';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'org-planner-csv-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

async function importFile(
  bytes: Uint8Array,
  ...flags: string[]
): Promise<{ code: number; out: string[]; err: string[]; names: string[] }> {
  const input = join(scratch, `in-${String(Math.random()).slice(2)}.csv`);
  const output = `${input}.orgplan.json`;
  writeFileSync(input, bytes);
  const command = parseArgs(['import-csv', input, '--out', output, ...flags]);
  if (command.kind !== 'import-csv') throw new Error('not import-csv');
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCsv(command, { out: (line) => out.push(line), err: (line) => err.push(line) });
  const loaded = code === 0 ? parsePlan(readFileSync(output, 'utf8')) : undefined;
  const names = loaded?.ok === true ? loaded.plan.nodes.map((node) => node.name) : [];
  return { code, out, err, names };
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe('org-planner import-csv: encodings and separators', () => {
  it('imports a Windows-1252 file as "Dana Lée" and says it read Windows-1252', async () => {
    const result = await importFile(latin1('id,name\r\n1,Dana Lée\r\n'));
    expect(result.code).toBe(0);
    expect(result.names).toEqual(['Dana Lée']);
    expect(result.out.find((line) => line.startsWith('Imported'))).toContain(
      '(read as Windows-1252 (not valid UTF-8), comma-separated)',
    );
  });

  it('imports UTF-16LE with a BOM (Excel "Unicode text", tab-separated) instead of refusing a garbled header', async () => {
    const result = await importFile(utf16le('id\tname\tmanager id\r\n1\tZoë\t\r\n2\tBo\t1\r\n'));
    expect(result.err).toEqual([]);
    expect(result.names).toEqual(['Zoë', 'Bo']);
    expect(result.out.find((line) => line.startsWith('Imported'))).toContain('Imported 2 people, 1 reporting line');
    expect(result.out.find((line) => line.startsWith('Imported'))).toContain('(read as UTF-16LE, tab-separated)');
  });

  it('imports a semicolon file instead of refusing it with "no id column"', async () => {
    const result = await importFile(new TextEncoder().encode('id;name\n1;Ada\n'));
    expect(result.code).toBe(0);
    expect(result.out.find((line) => line.startsWith('Imported'))).toContain('semicolon-separated');
  });

  it('--encoding and --delimiter override detection', async () => {
    // Detection would pick the comma (three against two) and read UTF-8.
    const text = new TextEncoder().encode('id;name;a,b,c,d\n1;Dané;w,x,y,z\n');
    expect((await importFile(text)).err[0]).toContain('no id column');
    const forced = await importFile(text, '--encoding', 'windows-1252', '--delimiter', 'semicolon');
    expect(forced.names).toEqual(['DanÃ©']);
    const refused = await importFile(latin1('id,name\n1,Lée\n'), '--encoding=utf-8');
    expect(refused.code).toBe(2);
    expect(refused.err[0]).toMatch(
      /is not valid UTF-8 \(first bad byte at offset 11\); name the encoding .* with --encoding/,
    );
  });

  it('rejects unknown --encoding and --delimiter values as usage errors', () => {
    expect(() => parseArgs(['import-csv', 'a.csv', '--out', 'b', '--encoding', 'latin9'])).toThrow(UsageError);
    expect(() => parseArgs(['import-csv', 'a.csv', '--out', 'b', '--delimiter', 'pipe'])).toThrow(UsageError);
    expect(
      parseArgs(['import-csv', 'a.csv', '--out', 'b', '--delimiter', 'TAB', '--encoding', 'UTF-16LE']),
    ).toMatchObject({ delimiter: '\t', encoding: 'utf-16le' });
  });
});
