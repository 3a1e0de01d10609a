/** `org-planner export` in-process: formats, stdout or --out, --subtree, and its refusals. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCsvBytes } from '@shared/csv/import-csv-bytes';
import { parseArgs, UsageError } from '../../src/cli/args';
import { runExport } from '../../src/cli/export-command';
import type { CliIo } from '../../src/cli/io';
import { serializePlan } from '@shared/format/serialize';
import { emptyPlan } from '@shared/model/types';
import { elements, parseXml } from '../../test/shared/interop/xml-parse';
import { parseMermaidSubset } from '../../test/shared/interop/mermaid-subset';

const plan = 'test/fixtures/plans/waived.orgplan.json';
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'org-planner-export-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function exportPlan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const command = parseArgs(['export', ...args]);
  if (command.kind !== 'export') throw new Error('not an export command');
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
  const code = await runExport(command, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('org-planner export --format csv', () => {
  it('prints the people as CSV on stdout', async () => {
    const { code, stdout } = await exportPlan(plan, '--format', 'csv');
    expect(code).toBe(0);
    expect(stdout.split('\r\n')).toEqual([
      'id,name,title,manager_id,role,level,team',
      'cpo,Maria Chen,Chief Product Officer,,person,9,',
      'pm1,Alex Kim,Senior Product Manager,cpo,pm,7,',
      'po1,Sam Lee,Product Owner,pm1,po,5,Payments',
      'dev1,Jo Park,Software Engineer,,person,4,Payments',
    ]);
  });

  it('writes --out with a byte order mark, and the file imports back', async () => {
    const out = join(folder, 'people.csv');
    const { code, stderr } = await exportPlan(plan, '--format', 'csv', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain(`to ${out}`);
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = importCsvBytes(bytes);
    expect(back.ok && back.counts).toEqual({ people: 4, reportingLines: 2, problems: 0, skippedRows: 0 });
  });

  it('exports only a subtree with --subtree, and refuses an unknown node id', async () => {
    const { stdout } = await exportPlan(plan, '--format', 'csv', '--subtree', 'pm1');
    expect(stdout.split('\r\n').map((line) => line.split(',')[0])).toEqual(['id', 'pm1', 'po1']);
    const missing = await exportPlan(plan, '--format', 'csv', '--subtree', 'ghost');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no node with id "ghost"');
  });

  it('exits 2 for a plan it cannot read', async () => {
    const { code, stderr } = await exportPlan('test/fixtures/plans/invalid.orgplan.json', '--format', 'csv');
    expect(code).toBe(2);
    expect(stderr).toContain('invalid.orgplan.json');
  });

  it('needs a known --format', () => {
    expect(() => parseArgs(['export', plan])).toThrow(UsageError);
    expect(() => parseArgs(['export', plan, '--format', 'pdf'])).toThrow(/not "pdf"/);
  });
});

describe('org-planner export, diagram formats', () => {
  it('writes draw.io and GraphML files that parse, with every node', async () => {
    for (const format of ['drawio', 'graphml']) {
      const out = join(folder, `plan.${format}`);
      expect((await exportPlan(plan, '--format', format, '--out', out)).code).toBe(0);
      const doc = parseXml(await readFile(out, 'utf8'));
      expect(elements(doc, format === 'drawio' ? 'object' : 'node').length).toBeGreaterThanOrEqual(6);
    }
  });

  it('prints Mermaid on stdout, and warns past Mermaid’s 500 lines with the --subtree way out', async () => {
    const { code, stdout, stderr } = await exportPlan(plan, '--format', 'mermaid');
    expect(code).toBe(0);
    expect(parseMermaidSubset(stdout).nodes).toHaveLength(7);
    expect(stderr).toBe('');
    const people = Array.from({ length: 502 }, (_, i) => ({ id: `p${i}`, kind: 'person' as const, name: `P${i}` }));
    const big = {
      ...emptyPlan('Big'),
      nodes: people,
      edges: people.slice(1).map((p, i) => ({ id: `e${i}`, kind: 'reports-to' as const, source: p.id, target: 'p0' })),
    };
    const bigPath = join(folder, 'big.orgplan.json');
    await writeFile(bigPath, serializePlan(big));
    const warned = await exportPlan(bigPath, '--format', 'mermaid');
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('501 lines; Mermaid draws at most 500');
    expect(warned.stderr).toContain('--subtree');
  });
});
