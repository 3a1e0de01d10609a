/**
 * The CLI in-process against inputs a hostile or unlucky user gives it:
 * special files, files over the limits, a file that breaks the core, names
 * that try to drive the terminal. Every run must end with a report per file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { runCheck } from '../../src/cli/check-command';
import { runImportCsv } from '../../src/cli/import-csv-command';
import type { CliIo } from '../../src/cli/io';
import { MAX_CSV_BYTES } from '@shared/model/limits';

const clean = 'test/fixtures/plans/clean.orgplan.json';
const posix = process.platform !== 'win32';
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'org-planner-hostile-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

function checkCommand(...args: string[]) {
  const command = parseArgs(['check', ...args]);
  if (command.kind !== 'check') throw new Error('not a check command');
  return command;
}

function importCommand(...args: string[]) {
  const command = parseArgs(['import-csv', ...args]);
  if (command.kind !== 'import-csv') throw new Error('not an import-csv command');
  return command;
}

interface CheckJson {
  files: { path: string; ok: boolean; error?: string }[];
  summary: { invalidFiles: number };
}

function plan(name: string, extra = ''): string {
  return JSON.stringify({
    format: 'org-planner',
    version: 1,
    name,
    nodes: [{ id: 'a', kind: 'person', name, position: { x: 0, y: 0 } }],
    edges: [],
  }).replace(/}$/, `${extra}}`);
}

describe('check: one bad file never ends the run', () => {
  it('reports a plan nested thousands of levels deep as that file only, and still checks the good files', async () => {
    const deep = join(folder, 'deep.orgplan.json');
    await writeFile(deep, plan('Deep', `,"future":${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    const io = capture();
    const code = await runCheck(checkCommand(clean, deep, clean, '--format', 'json'), io);
    const json = JSON.parse(io.stdout.join('\n')) as CheckJson;
    expect(json.files.map((f) => [f.path, f.ok])).toEqual([
      [clean, true],
      [deep, false],
      [clean, true],
    ]);
    expect(json.summary.invalidFiles).toBe(1);
    expect(code).toBe(2);
  });

  it('reports an internal error in one file for that file, with exit 2, and goes on', async () => {
    const io = capture();
    const code = await runCheck(checkCommand('a.json', 'b.json', '--format', 'json'), io, (path) =>
      path === 'a.json'
        ? Promise.reject(new RangeError('Maximum call stack size exceeded'))
        : Promise.resolve({ path, ok: true, violations: [] }),
    );
    const json = JSON.parse(io.stdout.join('\n')) as CheckJson;
    expect(json.files).toEqual([
      {
        path: 'a.json',
        ok: false,
        error: 'internal error while checking this file: RangeError: Maximum call stack size exceeded',
        problems: ['internal error while checking this file: RangeError: Maximum call stack size exceeded'],
      },
      { path: 'b.json', ok: true, violations: [] },
    ]);
    expect(code).toBe(2);
  });

  it.skipIf(!posix)('refuses a FIFO (instead of hanging) and /dev/zero (instead of reading without end)', async () => {
    const fifo = join(folder, 'pipe.orgplan.json');
    execFileSync('mkfifo', [fifo]);
    const files = existsSync('/dev/zero') ? [fifo, '/dev/zero', clean] : [fifo, clean];
    const io = capture();
    const code = await runCheck(checkCommand(...files, '--format', 'json'), io);
    const json = JSON.parse(io.stdout.join('\n')) as CheckJson;
    expect(json.files.map((f) => f.ok)).toEqual([...files.slice(0, -1).map(() => false), true]);
    for (const file of json.files.slice(0, -1)) expect(file.error).toMatch(/not a regular file/);
    expect(code).toBe(2);
  });
});

/** A valid one-PO plan whose only name is `name`, written to the scratch folder. */
async function planWithOneName(name: string): Promise<string> {
  const path = join(folder, 'sneaky.orgplan.json');
  const plan = {
    format: 'org-planner',
    version: 1,
    nodes: [{ id: 'po', kind: 'po', name, position: { x: 0, y: 0 } }],
    edges: [],
  };
  await writeFile(path, JSON.stringify(plan));
  return path;
}

describe('check: text output cannot drive the terminal', () => {
  it('escapes control and bidi characters in names, so no line can be forged', async () => {
    const sneaky = await planWithOneName('Eve\r\n0 errors, 0 warnings, 0 infos\u001b[2J\u202egnp.exe\u2066x\u200f');
    const io = capture();
    await runCheck(checkCommand(sneaky), io);
    const text = io.stdout.join('\n');
    expect(text.split('\n').filter((line) => line.startsWith('0 errors'))).toEqual([]);
    // eslint-disable-next-line no-control-regex -- asserting that none is left
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('Eve\\r\\n0 errors, 0 warnings, 0 infos\\x1b[2J\\u202egnp.exe\\u2066x\\u200f');
  });

  it('leaves JSON output as it was: the exact name, JSON-escaped', async () => {
    const sneaky = await planWithOneName('Eve\u001b[2J\u202e');
    const io = capture();
    await runCheck(checkCommand(sneaky, '--format', 'json'), io);
    expect(io.stdout.join('\n')).toContain('Eve\\u001b[2J\u202e');
  });
});

describe('import-csv: bounded input and output', () => {
  it('refuses a CSV over the limit from its size', async () => {
    const input = join(folder, 'huge.csv');
    await writeFile(input, '');
    await truncate(input, MAX_CSV_BYTES + 1);
    const io = capture();
    expect(await runImportCsv(importCommand(input, '--out', join(folder, 'out.json')), io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('the file is larger than 10 MiB');
    expect(await readdir(folder)).toEqual(['huge.csv']);
  });

  it.skipIf(!posix)('refuses a FIFO as input and as --out instead of hanging', async () => {
    const fifo = join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const csv = join(folder, 'in.csv');
    await writeFile(csv, 'id,name,manager\n1,Ada,\n');
    const fromFifo = capture();
    expect(await runImportCsv(importCommand(fifo, '--out', join(folder, 'out.json')), fromFifo)).toBe(2);
    expect(fromFifo.stderr.join('\n')).toMatch(/not a regular file/);
    for (const force of [[], ['--force']]) {
      const toFifo = capture();
      expect(await runImportCsv(importCommand(csv, '--out', fifo, ...force), toFifo)).toBe(2);
      expect(toFifo.stderr.join('\n')).toMatch(/not a regular file/);
    }
  });

  it('refuses to write a plan over the plan limit, so nothing it writes is refused by check or the app', async () => {
    const csv = join(folder, 'in.csv');
    await writeFile(csv, `id,name,manager\n${Array.from({ length: 200 }, (_, i) => `${i},Person ${i},`).join('\n')}\n`);
    const out = join(folder, 'out.orgplan.json');
    const io = capture();
    const code = await runImportCsv(importCommand(csv, '--out', out), io, {
      maxCsvBytes: MAX_CSV_BYTES,
      maxPlanBytes: 4096,
    });
    expect(code).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/the plan would be .* over the 4096 bytes limit for plans/);
    expect(await readdir(folder)).toEqual(['in.csv']);
  });

  it.skipIf(!posix)('escapes control characters of file names and CSV values in its text output', async () => {
    const csv = join(folder, 'in.csv');
    await writeFile(csv, 'id,name,manager\n1,Ada,\n2,Bob,"x\u001b[31m\r\nImported 0 people"\n');
    const io = capture();
    const out = join(folder, 'o\u001b[2J\u202e.orgplan.json');
    expect(await runImportCsv(importCommand(csv, '--out', out), io)).toBe(0);
    // Line by line: the output has several lines now that the "manager" column is kept as a field (and cleaned).
    // eslint-disable-next-line no-control-regex -- asserting that none is left
    for (const line of io.stdout) expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u202e]/);
    expect(io.stdout.join('\n')).toContain('o\\x1b[2J\\u202e.orgplan.json');
  });
});
