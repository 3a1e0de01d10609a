/** `check --format sarif|junit` in-process: the CI formats keep check's exit codes and write one document. */
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
