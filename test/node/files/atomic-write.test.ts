import { execFileSync } from 'node:child_process';
import {
  chmod,
  chown,
  lstat,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../../../src/node/files/atomic-write';
import { STALE_AFTER_MS, isSideFileName } from '../../../src/node/files/temp-names';

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
    let backupPath: string | undefined;
    await atomicWriteFile(target, 'v2', {
      backup: true,
      hooks: {
        beforeRename: async ({ backup }) => {
          backupPath = backup;
          backupDuringSave = await readFile(backup ?? '', 'utf8');
        },
      },
    });
    expect(backupDuringSave).toBe('v1');
    expect(await readFile(target, 'utf8')).toBe('v2');
    await expect(readFile(backupPath ?? '', 'utf8')).rejects.toThrow(/ENOENT/);
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

  it('keeps the permissions of the file it replaces (a 0600 plan stays 0600)', async () => {
    const target = join(folder, 'private.orgplan.json');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await atomicWriteFile(target, 'new', { backup: true });
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    await chmod(target, 0o640);
    await atomicWriteFile(target, 'newer');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('creates a new file with the mode asked for', async () => {
    const target = join(folder, 'draft.json');
    await atomicWriteFile(target, 'x', { mode: 0o600 });
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes through a symbolic link: the link stays a link and its target gets the new content', async () => {
    const real = join(folder, 'real.orgplan.json');
    const link = join(folder, 'link.orgplan.json');
    await writeFile(real, 'old');
    await symlink('real.orgplan.json', link);
    await atomicWriteFile(link, 'new', { backup: true });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('real.orgplan.json');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await readdir(folder)).sort()).toEqual(['link.orgplan.json', 'real.orgplan.json']);
  });

  it("never touches the user's own <plan>.bak", async () => {
    const target = join(folder, 'plan.orgplan.json');
    await writeFile(target, 'v1');
    await writeFile(`${target}.bak`, 'my own backup');
    await atomicWriteFile(target, 'v2', { backup: true });
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('my own backup');
    expect(await readFile(target, 'utf8')).toBe('v2');
  });

  it('names its temporary and backup files so they cannot collide with user files', async () => {
    const target = join(folder, 'plan.orgplan.json');
    await writeFile(target, 'v1');
    let seen: { temp: string; backup: string | undefined } | undefined;
    await atomicWriteFile(target, 'v2', {
      backup: true,
      hooks: { beforeRename: (files) => Promise.resolve(void (seen = files)) },
    });
    expect(seen?.temp).toMatch(/\/\.plan\.orgplan\.json\.org-planner-[0-9a-f]{12}\.tmp$/);
    expect(seen?.backup).toMatch(/\/\.plan\.orgplan\.json\.org-planner-[0-9a-f]{12}\.bak$/);
  });

  it('sweeps stale temporary files of its own naming (a killed run) on the next write, and nothing else', async () => {
    const stale = join(folder, '.plan.orgplan.json.org-planner-0123456789ab.tmp');
    const fresh = join(folder, '.plan.orgplan.json.org-planner-ba9876543210.tmp');
    const users = join(folder, '.plan.orgplan.json.0123456789ab.tmp');
    for (const path of [stale, fresh, users]) await writeFile(path, 'partial');
    const old = (Date.now() - STALE_AFTER_MS - 60_000) / 1000;
    await utimes(stale, old, old);
    await utimes(users, old, old);
    await atomicWriteFile(join(folder, 'other.orgplan.json'), 'x');
    const left = await readdir(folder);
    expect(left).not.toContain('.plan.orgplan.json.org-planner-0123456789ab.tmp');
    expect(left).toContain('.plan.orgplan.json.org-planner-ba9876543210.tmp');
    expect(left).toContain('.plan.orgplan.json.0123456789ab.tmp');
    expect(isSideFileName('.plan.orgplan.json.0123456789ab.tmp')).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('refuses to write to a FIFO instead of hanging', async () => {
    const fifo = join(folder, 'out.orgplan.json');
    execFileSync('mkfifo', [fifo]);
    await expect(atomicWriteFile(fifo, 'x', { noOverwrite: true })).rejects.toThrow(/not a regular file/);
    await expect(atomicWriteFile(fifo, 'x')).rejects.toThrow(/not a regular file/);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it.skipIf(process.getuid?.() !== 0)('run as root, keeps the owner and group of the file it replaces', async () => {
    const target = join(folder, 'theirs.orgplan.json');
    await writeFile(target, 'old');
    await chown(target, 4321, 8765);
    await atomicWriteFile(target, 'new', { backup: true });
    const info = await stat(target);
    expect([info.uid, info.gid]).toEqual([4321, 8765]);
  });
});
