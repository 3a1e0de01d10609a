import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile, backupPathFor } from '../../../src/node/files/atomic-write';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'org-planner-atomic-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('atomicWriteFile', () => {
  it('creates a new file', async () => {
    const target = join(folder, 'plan.orgplan.json');
    await atomicWriteFile(target, 'hello\n');
    expect(await readFile(target, 'utf8')).toBe('hello\n');
    expect(await readdir(folder)).toEqual(['plan.orgplan.json']);
  });

  it('replaces an existing file and leaves no temporary or backup file behind', async () => {
    const target = join(folder, 'plan.orgplan.json');
    await writeFile(target, 'old');
    await atomicWriteFile(target, 'new', { backup: true });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['plan.orgplan.json']);
  });

  it('keeps the original intact when the save is interrupted before the rename', async () => {
    const target = join(folder, 'plan.orgplan.json');
    await writeFile(target, 'precious');
    const crash = atomicWriteFile(target, 'half-written', {
      hooks: {
        beforeRename: () => Promise.reject(new Error('power cut')),
      },
    });
    await expect(crash).rejects.toThrow('power cut');
    expect(await readFile(target, 'utf8')).toBe('precious');
    expect(await readdir(folder)).toEqual(['plan.orgplan.json']);
  });

  it('holds a backup of the previous version until the new one is in place', async () => {
    const target = join(folder, 'plan.orgplan.json');
    await writeFile(target, 'v1');
    let backupDuringSave: string | undefined;
    await atomicWriteFile(target, 'v2', {
      backup: true,
      hooks: {
        beforeRename: async () => {
          backupDuringSave = await readFile(backupPathFor(target), 'utf8');
        },
      },
    });
    expect(backupDuringSave).toBe('v1');
    expect(await readFile(target, 'utf8')).toBe('v2');
    await expect(readFile(backupPathFor(target), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('refuses to overwrite when asked not to', async () => {
    const target = join(folder, 'plan.orgplan.json');
    await writeFile(target, 'mine');
    await expect(atomicWriteFile(target, 'theirs', { noOverwrite: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(target, 'utf8')).toBe('mine');
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(atomicWriteFile(join(folder, 'missing', 'plan.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });
});
