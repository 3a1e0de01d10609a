/** `check --format sarif|junit` in-process: the CI formats keep check's exit codes and write one document. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args';
import { runCheck } from '../../src/cli/check-command';
import type { CliIo } from '../../src/cli/io';

function capture(): CliIo & { stdout: string[] } {
  const stdout: string[] = [];
  return { stdout, out: (line) => stdout.push(line), err: () => undefined };
}

async function check(...args: string[]): Promise<{ code: number; output: string }> {
  const command = parseArgs(['check', ...args]);
  if (command.kind !== 'check') throw new Error('not a check command');
  const io = capture();
  const code = await runCheck(command, io);
  return { code, output: io.stdout.join('\n') };
}

const plan = (name: string) => `test/fixtures/plans/${name}.orgplan.json`;

describe('check --format sarif', () => {
  it('prints one SARIF log with a located result per violation and exits 1 on errors', async () => {
    const { code, output } = await check(plan('errors'), plan('waived'), '--format', 'sarif');
    expect(code).toBe(1);
    const log = JSON.parse(output) as {
      version: string;
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    const uris = new Set(log.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set([plan('errors'), plan('waived')]));
  });

  it('keeps only errors with --quiet', async () => {
    const levels = async (...extra: string[]) => {
      const { output } = await check(plan('warnings'), '--format', 'sarif', ...extra);
      const log = JSON.parse(output) as { runs: { results: { level: string }[] }[] };
      return new Set(log.runs[0]?.results.map((r) => r.level));
    };
    expect(await levels()).toContain('warning');
    expect(await levels('--quiet')).not.toContain('warning');
  });

  it('exits 2 for an unreadable file and says so in the log', async () => {
    const { code, output } = await check(plan('invalid'), '--format', 'sarif');
    expect(code).toBe(2);
    const log = JSON.parse(output) as { runs: { invocations: { executionSuccessful: boolean }[] }[] };
    expect(log.runs[0]?.invocations[0]?.executionSuccessful).toBe(false);
  });
});

describe('check --format junit', () => {
  it('prints a JUnit document and exits 0 for a clean plan', async () => {
    const { code, output } = await check(plan('clean'), '--format', 'junit');
    expect(code).toBe(0);
    expect(output.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(output).not.toContain('<failure');
  });

  it('refuses an unknown format with the formats it knows', () => {
    expect(() => parseArgs(['check', 'x', '--format', 'xml'])).toThrow(UsageError);
    expect(() => parseArgs(['check', 'x', '--format', 'xml'])).toThrow(/text, json, sarif or junit/);
  });
});

describe('check --rules', () => {
  async function withRulesFile(content: string, run: (path: string) => Promise<void>): Promise<void> {
    const folder = await mkdtemp(join(tmpdir(), 'org-planner-rules-'));
    try {
      const path = join(folder, 'team-rules.json');
      await writeFile(path, content);
      await run(path);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  it('applies the shared rule set to every plan instead of their own settings', async () => {
    const rules =
      '{ "rules": { "po-internal-stakeholders-only": { "severity": "warning" }, "pm-has-po": { "enabled": false } } }';
    await withRulesFile(rules, async (path) => {
      const before = await check(plan('errors'), plan('warnings'), '--format', 'json');
      expect(before.code).toBe(1);
      const { code, output } = await check(plan('errors'), plan('warnings'), '--rules', path, '--format', 'json');
      expect(code).toBe(0);
      const json = JSON.parse(output) as { summary: { errors: number; warnings: number; infos: number } };
      expect(json.summary).toMatchObject({ errors: 0, warnings: 2, infos: 0 });
    });
  });

  it('exits 2 without checking when the rule set is invalid or missing', async () => {
    await withRulesFile('{ "rules": { "span-of-control": { "max": -1 } } }', async (path) => {
      const { code, output } = await check(plan('clean'), '--rules', path);
      expect(code).toBe(2);
      expect(output).toBe('');
    });
    expect((await check(plan('clean'), '--rules', 'no/such/rules.json')).code).toBe(2);
  });
});
