/**
 * Names of the files a save creates next to its target. They start with a dot,
 * carry `org-planner` and random hex, so they never collide with a user's own
 * files (a user's `plan.json.bak` is never touched), and a stale one (left by a
 * run that was killed) can be recognised and swept.
 */
import { randomBytes } from 'node:crypto';
import { readdir, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';

export type SideFileKind = 'tmp' | 'bak';

/** A side file older than this cannot belong to a save still under way. */
export const STALE_AFTER_MS = 10 * 60 * 1000;

const SIDE_FILE = /^\..+\.org-planner-[0-9a-f]{12}\.(tmp|bak)$/;

export function sideFilePath(target: string, kind: SideFileKind, folder: string): string {
  return join(folder, `.${basename(target)}.org-planner-${randomBytes(6).toString('hex')}.${kind}`);
}

export function isSideFileName(name: string): boolean {
  return SIDE_FILE.test(name);
}

/** Removes our own temporary and backup files older than STALE_AFTER_MS from `folder`; best effort. */
export async function sweepStaleSideFiles(folder: string, now: number = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(isSideFileName)) {
    const path = join(folder, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || now - info.mtimeMs < STALE_AFTER_MS) continue;
      await unlink(path);
      removed.push(name);
    } catch {
      /* another run took care of it, or it is not ours to remove */
    }
  }
  return removed;
}
