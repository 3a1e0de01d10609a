import { EventEmitter } from 'node:events';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../../../src/node/files/atomic-write';
import { cleanUpOnStopSignals, type SignalTarget } from '../../../src/node/files/stop-signals';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'org-planner-signals-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A process stand-in: signals are emitted by the test, `kill` is recorded instead of ending the runner. */
function fakeProcess(): SignalTarget & { emitter: EventEmitter; killed: string[] } {
  const emitter = new EventEmitter();
  const killed: string[] = [];
  return {
    emitter,
    killed,
    pid: 4242,
    once: (signal, listener) => emitter.once(signal, listener),
    kill: (_pid, signal) => killed.push(signal),
  };
}

describe('stop signals during a write', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while import-csv writes --out leaves no temporary file, then ends as the signal would`, async () => {
      const target = fakeProcess();
      cleanUpOnStopSignals(target);
      await writeFile(join(folder, 'plan.orgplan.json'), 'old');
      const write = atomicWriteFile(join(folder, 'plan.orgplan.json'), 'new', {
        hooks: {
          beforeRename: async () => {
            expect((await readdir(folder)).some((name) => name.endsWith('.tmp'))).toBe(true);
            target.emitter.emit(signal, signal);
          },
        },
      });
      await expect(write).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await readdir(folder)).toEqual(['plan.orgplan.json']);
      expect(target.killed).toEqual([signal]);
    });
  }
});
