/**
 * Runs the built `org-planner` executable as a process, as CI scripts will:
 * stdout, stderr and exit codes are the contract (cli.md).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';
import { PLAN_KEYWORD, withTextChunk } from '@shared/png/chunks';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'out/cli/index.js');
const fixture = (name: string) => join('test/fixtures/plans', name);
const csvPath = fileURLToPath(new URL('../fixtures/org-1516.csv', import.meta.url));
let scratch: string;

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

interface CheckJson {
  files: { path: string; ok: boolean; error?: string; violations?: unknown[] }[];
  summary: Record<string, number>;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the JSON shape it expects
function runJson<T>(...args: string[]): { code: number; json: T } {
  const { code, stdout } = run(...args);
  return { code, json: JSON.parse(stdout) as T };
}

beforeAll(() => {
  // Always rebuild: a stale bundle would test yesterday's code.
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.mts', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
  scratch = mkdtempSync(join(tmpdir(), 'org-planner-cli-'));
}, 120_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('org-planner check', () => {
  it('exits 0 and prints an empty summary for a clean plan', () => {
    const { code, stdout } = run('check', fixture('clean.orgplan.json'));
    expect(stdout).toBe('0 errors, 0 warnings, 0 infos\n');
    expect(code).toBe(0);
  });

  it('prints eslint-like lines and exits 1 when a plan has errors', () => {
    const { code, stdout } = run('check', fixture('errors.orgplan.json'));
    expect(stdout).toBe(
      'test/fixtures/plans/errors.orgplan.json  error  po-internal-stakeholders-only  Sam Lee (PO) engages external stakeholder "Acme Corp"\n' +
        '1 error, 0 warnings, 0 infos\n',
    );
    expect(code).toBe(1);
  });

  it('passes warnings unless --max-warnings is exceeded', () => {
    expect(run('check', fixture('warnings.orgplan.json')).code).toBe(0);
    expect(run('check', fixture('warnings.orgplan.json'), '--max-warnings', '1').code).toBe(0);
    expect(run('check', fixture('warnings.orgplan.json'), '--max-warnings=0').code).toBe(1);
  });

  it('--quiet reports errors only, but warnings still count for --max-warnings', () => {
    const { code, stdout } = run('check', fixture('warnings.orgplan.json'), '--quiet', '--max-warnings', '0');
    expect(stdout).toBe('0 errors, 1 warning, 1 info\n');
    expect(code).toBe(1);
  });

  it('a waived error does not fail the run; --show-waived lists it with its reason', () => {
    const quiet = run('check', fixture('waived.orgplan.json'));
    expect(quiet).toEqual({ code: 0, stdout: '0 errors, 0 warnings, 0 infos\n', stderr: '' });
    const shown = run('check', fixture('waived.orgplan.json'), '--show-waived');
    expect(shown.stdout).toContain(
      'po-internal-stakeholders-only  Sam Lee (PO) engages external stakeholder "Acme Corp"  (waived: Sam runs the Acme pilot until March)',
    );
    expect(shown.code).toBe(0);
  });

  it('--format json prints one document with every file, waived violations marked, and the summary', () => {
    const { code, json } = runJson<CheckJson>(
      'check',
      fixture('clean.orgplan.json'),
      fixture('waived.orgplan.json'),
      fixture('errors.orgplan.json'),
      '--format',
      'json',
    );
    expect(code).toBe(1);
    expect(json.summary).toEqual({ errors: 1, warnings: 0, infos: 0, invalidFiles: 0 });
    expect(json.files.map((f) => [f.path, f.ok])).toEqual([
      ['test/fixtures/plans/clean.orgplan.json', true],
      ['test/fixtures/plans/waived.orgplan.json', true],
      ['test/fixtures/plans/errors.orgplan.json', true],
    ]);
    expect(json.files[1]!.violations).toEqual([
      {
        ruleId: 'po-internal-stakeholders-only',
        severity: 'error',
        message: 'Sam Lee (PO) engages external stakeholder "Acme Corp"',
        nodeIds: ['po1', 'sh-acme'],
        edgeIds: ['e6'],
        waived: true,
        waiverReason: 'Sam runs the Acme pilot until March',
      },
    ]);
  });

  it('exits 2 for an unreadable and an invalid file, still checking the valid ones', () => {
    const { code, json } = runJson<CheckJson>(
      'check',
      fixture('errors.orgplan.json'),
      fixture('missing.orgplan.json'),
      fixture('invalid.orgplan.json'),
      '--format',
      'json',
    );
    expect(code).toBe(2);
    expect(json.summary).toEqual({ errors: 1, warnings: 0, infos: 0, invalidFiles: 2 });
    expect(json.files[0]!.violations).toHaveLength(1);
    expect(json.files[1]).toMatchObject({ ok: false, error: 'cannot read the file: no such file' });
    expect(json.files[2]).toMatchObject({
      ok: false,
      error: 'nodes[3].kind: expected one of pm, po, person, team, stakeholder',
    });
  });

  it('prints invalid files in text output too', () => {
    const { code, stdout } = run('check', fixture('invalid.orgplan.json'));
    expect(stdout).toBe(
      'test/fixtures/plans/invalid.orgplan.json  invalid  nodes[3].kind: expected one of pm, po, person, team, stakeholder\n' +
        '0 errors, 0 warnings, 0 infos, 1 invalid file\n',
    );
    expect(code).toBe(2);
  });
});

describe('org-planner check into a closed pipe', () => {
  it.skipIf(process.platform === 'win32')(
    '`check … | head` ends quietly, without a stack trace',
    () => {
      // Enough invalid-file lines to overflow the pipe after head has gone.
      const files = Array.from({ length: 4000 }, () => fixture('invalid.orgplan.json'));
      const script = 'node "$0" check "$@" 2>"$ERR" | head -n 1; echo "status=${PIPESTATUS[0]}" >>"$ERR"';
      const errFile = join(scratch, 'epipe.err');
      const result = spawnSync('bash', ['-c', script, cli, ...files], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ERR: errFile },
      });
      expect(result.stdout.split('\n')[0]).toContain('invalid');
      const stderr = readFileSync(errFile, 'utf8');
      expect(stderr).not.toMatch(/EPIPE|Error|at /);
      expect(stderr.trim()).toBe('status=141');
      // 4,000 files in a child process: seconds on a loaded 2-core machine, so not vitest's 5 s default.
    },
    60_000,
  );
});

describe('org-planner check on an exported PNG', () => {
  it('checks the plan an exported image carries', () => {
    const image = join(scratch, 'errors.png');
    const png = new Uint8Array(PNG.sync.write(new PNG({ width: 1, height: 1 })));
    writeFileSync(
      image,
      withTextChunk(png, PLAN_KEYWORD, readFileSync(join(root, fixture('errors.orgplan.json')), 'utf8')),
    );
    const { code, stdout } = run('check', image);
    expect(stdout).toContain('po-internal-stakeholders-only');
    expect(code).toBe(1);
  });
});

describe('usage', () => {
  it.each([
    [['check']],
    [['check', 'a.json', '--format', 'xml']],
    [['check', 'a.json', '--max-warnings', 'many']],
    [['check', 'a.json', '--bogus']],
    [['frobnicate']],
    [['import-csv', 'in.csv']],
  ])('%j prints the usage and exits 2', (args) => {
    const { code, stderr, stdout } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage:');
  });

  it('--help and --version', () => {
    const help = run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('org-planner check <file>...');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('npx org-planner', () => {
  it('runs the built CLI through the package.json bin entry', () => {
    const result = spawnSync('npx', ['--no-install', 'org-planner', 'check', fixture('clean.orgplan.json')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout).toBe('0 errors, 0 warnings, 0 infos\n');
    expect(result.status).toBe(0);
  });
});

describe('org-planner rules', () => {
  it('lists the whole catalog as JSON', () => {
    const { code, json } = runJson<{ rules: { id: string }[] }>('rules', '--format', 'json');
    expect(code).toBe(0);
    expect(json.rules).toHaveLength(20);
    expect(json.rules[0]).toMatchObject({ id: 'po-reports-to-pm', defaultSeverity: 'warning' });
  });

  it('prints id, severity, summary and the article quote as text', () => {
    const { code, stdout } = run('rules');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^po-reports-to-pm\s+warning\s+\S/m);
    expect(stdout).toContain('“Yes, Product Owners usually report to the Product Managers.”');
  });
});

describe('org-planner import-csv', () => {
  it('imports the 1,516-person org chart into a valid, laid-out plan', () => {
    const out = join(scratch, 'org.orgplan.json');
    const { code, stdout } = run('import-csv', csvPath, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Imported 1516 people, 1515 reporting lines, 0 rows skipped, 0 CSV notes into /);
    // No CSV notes, yet the plan has rule findings: the summary says so instead of "0 problems".
    expect(stdout).toMatch(
      /\nRule check of .*org\.orgplan\.json: 0 errors, [1-9]\d* warnings, 0 infos \(org-planner check lists them\)\n?$/,
    );
    const loaded = parsePlan(readFileSync(out, 'utf8'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.plan.nodes).toHaveLength(1516);
    expect(loaded.plan.nodes.every((node) => node.position !== undefined)).toBe(true);
  });

  it('refuses to overwrite without --force, and overwrites with it', () => {
    const input = join(scratch, 'small.csv');
    writeFileSync(input, 'id,name,title,manager id\n1,Ada,Product Manager,\n2,Bo,Product Owner,1\n3,Cy,Engineer,99\n');
    const out = join(scratch, 'small.orgplan.json');
    writeFileSync(out, 'keep me');
    const refused = run('import-csv', input, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists; use --force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = run('import-csv', input, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Imported 3 people, 1 reporting line, 0 rows skipped, 1 CSV note');
    const loaded = parsePlan(readFileSync(out, 'utf8'));
    expect(loaded.ok && loaded.plan.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['1', 'pm'],
      ['2', 'po'],
      ['3', 'person'],
    ]);
  });

  it('says how many rows it skipped and the rule findings of the plan it wrote (it said "N problems")', () => {
    const input = join(scratch, 'skipped.csv');
    writeFileSync(
      input,
      'id,name,title,manager id\n1,Ada,Product Manager,\n2,Bo,Product Owner,1\n2,Again,Engineer,1\n',
    );
    const out = join(scratch, 'skipped.orgplan.json');
    const { code, stdout } = run('import-csv', input, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('Imported 2 people, 1 reporting line, 1 row skipped, 0 CSV notes into');
    // Bo is a PO in no team: an error the import itself did not note, counted as check counts it.
    expect(stdout).toContain(`Rule check of ${out}: 1 error, 0 warnings, 0 infos (org-planner check lists them)`);
    expect(run('check', out).stdout).toMatch(/\n1 error, 0 warnings, 0 infos\n?$/);
  });

  it('honours column overrides and reports a missing column', () => {
    const input = join(scratch, 'custom.csv');
    writeFileSync(input, 'Staff No,Boss,Who\nA,,Ann\nB,A,Ben\n');
    const out = join(scratch, 'custom.orgplan.json');
    expect(run('import-csv', input, '--out', out, '--id', 'staff no', '--manager', 'Boss', '--name', 'WHO').code).toBe(
      0,
    );
    expect(existsSync(out)).toBe(true);
    const missing = run('import-csv', input, '--out', join(scratch, 'x.json'), '--id', 'badge');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('badge');
  });
});
