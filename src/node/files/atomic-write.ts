/**
 * Atomic file replacement, shared by the app's Save and the CLI's import-csv:
 * write a temporary file in the target's folder, flush it to disk, keep a
 * backup of the old file until the new one is in place, then rename over the
 * target. A crash or a full disk at any step leaves the old file intact.
 * No Electron here, so the CLI and plain-Node tests use it too.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Keep `<file>.bak` while the rename happens (removed once the new file is in place). */
  readonly backup?: boolean;
  /** Fail instead of replacing an existing file. */
  readonly noOverwrite?: boolean;
  /** Injected in tests to simulate a crash between the steps. */
  readonly hooks?: { readonly beforeRename?: () => Promise<void> };
}

/** Windows reports a file briefly held by an indexer or a virus scanner as busy; such renames succeed moments later. */
const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 8;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !RETRYABLE_RENAME.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 15 * attempt));
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    await handle.close();
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

async function fsyncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable on POSIX; Windows cannot open folders, which is fine there.
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

export function backupPathFor(path: string): string {
  return `${path}.bak`;
}

export async function atomicWriteFile(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const folder = dirname(path);
  if (options.noOverwrite === true && (await exists(path))) {
    throw Object.assign(new Error(`${path} already exists`), { code: 'EEXIST' });
  }
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
  let backup: string | undefined;
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup === true && (await exists(path))) {
      backup = backupPathFor(path);
      await copyFile(path, backup);
    }
    await options.hooks?.beforeRename?.();
    await renameWithRetry(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(folder);
  if (backup !== undefined) await unlink(backup).catch(() => undefined);
}
