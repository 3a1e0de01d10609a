/**
 * Atomic file replacement, shared by the app's Save and the CLI's import-csv:
 * write a temporary file in the target's folder, flush it to disk, keep a
 * backup of the old file until the new one is in place, then rename over the
 * target. A crash or a full disk at any step leaves the old file intact.
 * The new file keeps the old one's permissions (and owner where the process
 * may set it); a symbolic link is written through, so the link stays a link
 * and its target gets the new content. Only regular files are replaced.
 * No Electron here, so the CLI and plain-Node tests use it too.
 */
import { constants, type Stats } from 'node:fs';
import { copyFile, lstat, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { notRegularReason } from './read-regular-file';
import { trackTempFile, untrackTempFile } from './stop-signals';
import { sideFilePath, sweepStaleSideFiles } from './temp-names';

export interface AtomicWriteOptions {
  /** Keep a backup of the old file while the rename happens (removed once the new file is in place). */
  readonly backup?: boolean;
  /** Fail instead of replacing an existing file. */
  readonly noOverwrite?: boolean;
  /** Permissions of a file that does not exist yet (the umask applies); an existing file keeps its own. */
  readonly mode?: number;
  /** Injected in tests to simulate a crash between the steps (and to see the side files). */
  readonly hooks?: {
    readonly beforeRename?: (files: { readonly temp: string; readonly backup: string | undefined }) => Promise<void>;
  };
}

/** Windows reports a file briefly held by an indexer or a virus scanner as busy; such renames succeed moments later. */
const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 8;
const DEFAULT_MODE = 0o644;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function failure(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
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

/**
 * The file to replace: `path` itself, or the file a symbolic link at `path`
 * points to (links of links too), with what is there now (null when nothing is).
 * Nothing is opened, so a FIFO cannot block here.
 */
async function resolveTarget(path: string): Promise<{ target: string; existing: Stats | null }> {
  const link = await lstat(path).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  });
  if (link === null) return { target: path, existing: null };
  const target = link.isSymbolicLink()
    ? await realpath(path).catch((error: unknown) => {
        if (errorCode(error) === 'ENOENT') throw failure(`${path} is a link to a file that does not exist`, 'ENOENT');
        throw error;
      })
    : path;
  const existing = link.isSymbolicLink() ? await stat(target) : link;
  const reason = notRegularReason(existing);
  if (reason !== null) throw failure(`${path} ${reason}`, existing.isDirectory() ? 'EISDIR' : 'ENOTREGULAR');
  return { target, existing };
}

/** The old file's owner on the new one: root may give it away; others may at least keep the group. */
async function keepOwner(handle: FileHandle, existing: Stats): Promise<void> {
  const uid = process.getuid?.();
  if (uid === undefined || (existing.uid === uid && existing.gid === process.getgid?.())) return;
  await handle.chown(uid === 0 ? existing.uid : uid, existing.gid).catch(() => undefined);
}

export async function atomicWriteFile(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { target, existing } = await resolveTarget(path);
  if (options.noOverwrite === true && existing !== null) throw failure(`${path} already exists`, 'EEXIST');
  const folder = dirname(target);
  await sweepStaleSideFiles(folder);
  const temp = sideFilePath(target, 'tmp', folder);
  const mode = existing === null ? (options.mode ?? DEFAULT_MODE) : existing.mode & 0o7777;
  const handle = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode);
  trackTempFile(temp);
  let backup: string | undefined;
  try {
    try {
      if (existing !== null) {
        // The umask narrowed the mode given to open; the old file's permissions are kept exactly.
        await handle.chmod(mode);
        await keepOwner(handle, existing);
      }
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup === true && existing !== null) {
      backup = sideFilePath(target, 'bak', folder);
      await copyFile(target, backup, constants.COPYFILE_EXCL);
    }
    await options.hooks?.beforeRename?.({ temp, backup });
    await renameWithRetry(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (backup !== undefined) await unlink(backup).catch(() => undefined);
    throw error;
  } finally {
    untrackTempFile(temp);
  }
  await fsyncFolder(folder);
  if (backup !== undefined) await unlink(backup).catch(() => undefined);
}
