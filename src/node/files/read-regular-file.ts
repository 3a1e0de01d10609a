/**
 * Reads a file the user named, accepting regular files only and never more
 * than a cap: a FIFO, a device such as /dev/zero, a socket or a folder is
 * refused before it is read, so no input can hang a run or fill the memory.
 * Shared by the CLI and the Electron main process (no Electron here).
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** A refusal in the user's terms (`message` says what is wrong, without the path: callers name the file). */
export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
  constructor(
    message: string,
    readonly code: 'not-found' | 'not-regular' | 'too-large' | 'unreadable',
  ) {
    super(message);
  }
}

/** Opening a FIFO for reading blocks until a writer comes; O_NONBLOCK makes it return at once (POSIX only). */
const OPEN_READ_NONBLOCKING = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);
const CHUNK_BYTES = 8 * 1024 * 1024;

export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${bytes} bytes`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** The system's error, in the words a user needs. */
export function describeFileError(error: unknown): string {
  if (error instanceof FileRefusedError) return error.message;
  const code = errorCode(error);
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return error instanceof Error ? error.message : String(error);
}

export interface KindOfFile {
  isFile(): boolean;
  isDirectory(): boolean;
}

/** Why a file system entry is not a regular file, or null when it is one. */
export function notRegularReason(info: KindOfFile): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'is a folder, not a file';
  return 'is not a regular file (a pipe, a device or a socket); only regular files are read';
}

function tooLarge(maxBytes: number): FileRefusedError {
  return new FileRefusedError(`the file is larger than ${describeSize(maxBytes)}`, 'too-large');
}

export interface RegularFile {
  readonly bytes: Buffer;
  readonly mtimeMs: number;
  readonly size: number;
}

/**
 * Reads at most `maxBytes` (one more to notice a file that grew since `stat`).
 * Throws FileRefusedError for a special file or one over the cap, and the
 * system's error (see describeFileError) when the file cannot be opened.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularFile> {
  const before = await stat(path).catch((error: unknown) => {
    throw new FileRefusedError(describeFileError(error), errorCode(error) === 'ENOENT' ? 'not-found' : 'unreadable');
  });
  const kind = notRegularReason(before);
  if (kind !== null) throw new FileRefusedError(kind, 'not-regular');
  if (before.size > maxBytes) throw tooLarge(maxBytes);
  const handle = await open(path, OPEN_READ_NONBLOCKING).catch((error: unknown) => {
    throw new FileRefusedError(describeFileError(error), 'unreadable');
  });
  try {
    // The path may have been swapped for a pipe between `stat` and `open`.
    const info = await handle.stat();
    const swapped = notRegularReason(info);
    if (swapped !== null) throw new FileRefusedError(swapped, 'not-regular');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(total === 0 ? info.size + 1 : CHUNK_BYTES, maxBytes + 1 - total);
      if (want <= 0) break;
      const buffer = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > maxBytes) throw tooLarge(maxBytes);
    return { bytes: Buffer.concat(chunks, total), mtimeMs: info.mtimeMs, size: total };
  } finally {
    await handle.close();
  }
}
