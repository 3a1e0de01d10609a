/** Checking plans off the UI thread: a worker that cannot start costs that file a refusal, never the app. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanOffThread } from '../../../src/node/files/parse-plan-off-thread';
import { readPlanFile } from '../../../src/node/files/read-plan-file';

describe('checking opened plans in a worker thread', () => {
  it('refuses the file with the reason when the checker cannot run', async () => {
    const parse = parsePlanOffThread(join(tmpdir(), 'no-such-org-planner-thread.js'));
    const result = await parse(new TextEncoder().encode('{}'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/could not (start|be checked)|stopped unexpectedly/);
  });

  it('reports a checker that dies without answering', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'op-thread-'));
    const path = join(dir, 'dies.cjs');
    writeFileSync(path, 'process.exit(3);\n');
    const result = await parsePlanOffThread(path)(new Uint8Array([1]));
    expect(!result.ok && result.error).toBe('the plan checker stopped unexpectedly (exit code 3)');
  });

  it('reads the file and hands its bytes to the given checker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'op-read-'));
    const path = join(dir, 'plan.orgplan.json');
    writeFileSync(path, 'bytes');
    const received: string[] = [];
    const parse = (bytes: Uint8Array) => {
      received.push(new TextDecoder().decode(bytes));
      return Promise.resolve({ ok: false as const, reason: 'invalid' as const, error: 'no', problems: [] });
    };
    expect(await readPlanFile(path, parse)).toEqual({ ok: false, reason: 'invalid', error: 'no', problems: [] });
    expect(received).toEqual(['bytes']);
  });
});
