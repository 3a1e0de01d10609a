/** `import-csv` in-process: the role flags (title patterns, a role column) and the fields kept from extra columns. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';
import type { PlanNode } from '@shared/model/types';
import { parseArgs, UsageError } from '../../src/cli/args';
import { runImportCsv } from '../../src/cli/import-csv-command';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'org-planner-roles-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const CSV =
  'id,manager id,name,title,Kind,Office\n1,,Ada,Head of Product,pm,Berlin\n2,1,Bo,Owner,PO,\n3,2,Cy,Dev,,Paris\n';

async function importWith(
  ...flags: string[]
): Promise<{ code: number; out: string[]; err: string[]; nodes: PlanNode[] }> {
  const input = join(scratch, `in-${String(Math.random()).slice(2)}.csv`);
  const output = `${input}.orgplan.json`;
  writeFileSync(input, CSV);
  const command = parseArgs(['import-csv', input, '--out', output, ...flags]);
  if (command.kind !== 'import-csv') throw new Error('not import-csv');
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCsv(command, { out: (line) => out.push(line), err: (line) => err.push(line) });
  const loaded = code === 0 ? parsePlan(readFileSync(output, 'utf8')) : undefined;
  return { code, out, err, nodes: loaded?.ok === true ? [...loaded.plan.nodes] : [] };
}

const kinds = (nodes: readonly PlanNode[]) => nodes.map((node) => `${node.id}:${node.kind}`);

describe('org-planner import-csv: roles', () => {
  it('says which roles it found and how, with the default title patterns', async () => {
    const result = await importWith();
    expect(kinds(result.nodes)).toEqual(['1:person', '2:person', '3:person']);
    expect(result.out.find((line) => line.startsWith('Roles:'))).toBe(
      'Roles: 0 PMs, 0 POs, 0 Scrum teams, 0 internal stakeholders, 0 external stakeholders, 3 other people (by title patterns po=product owner;pm=product manager)',
    );
  });

  it('--title-patterns replaces the defaults', async () => {
    const result = await importWith('--title-patterns', 'pm=head of;po=owner');
    expect(kinds(result.nodes)).toEqual(['1:pm', '2:po', '3:person']);
    expect(result.out.find((line) => line.startsWith('Roles:'))).toContain('1 PM, 1 PO,');
  });

  it('--role-column with --role-values reads roles from a column, which is then not kept as a field', async () => {
    const result = await importWith('--role-column', 'kind', '--role-values', 'pm=PM;po=PO');
    expect(kinds(result.nodes)).toEqual(['1:pm', '2:po', '3:person']);
    expect(result.nodes.map((node) => node.fields)).toEqual([{ Office: 'Berlin' }, undefined, { Office: 'Paris' }]);
    expect(result.out.find((line) => line.startsWith('Roles:'))).toContain('(by column "kind": po=PO;pm=PM)');
  });

  it('refuses a role column that is not in the file, naming the flag', async () => {
    const result = await importWith('--role-column', 'Role', '--role-values', 'pm=PM');
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toContain('the role column "Role" (--role-column) is not in the header row');
  });

  it.each([
    [['--role-column', 'Kind']],
    [['--role-values', 'pm=PM']],
    [['--title-patterns', 'pm=x', '--role-column', 'Kind', '--role-values', 'pm=PM']],
    [['--title-patterns', 'boss=CEO']],
  ])('%j is a usage error', (flags) => {
    expect(() => parseArgs(['import-csv', 'in.csv', '--out', 'o.json', ...flags])).toThrow(UsageError);
  });
});
