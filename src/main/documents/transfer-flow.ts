/**
 * Image export and CSV import: the renderer renders PNG/SVG (html-to-image)
 * and decodes and parses CSV (the core's importCsvBytes, as the CLI and the browser
 * do); main only picks the path with its own dialog and writes or reads the bytes,
 * size-capped. The CSV goes over IPC as bytes: decoding here would guess differently.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeCsvRefusal } from '@shared/csv/refusal';
import { MAX_CSV_BYTES } from '@shared/model/limits';
import type { CsvResult, ExportResult, ImageExport } from '../../preload/api';
import { atomicWriteFile } from '../../node/files/atomic-write';
import type { FlowContext } from './context';
import { safeFileName } from './context';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function exportImage(ctx: FlowContext, image: ImageExport): Promise<ExportResult> {
  const extension = `.${image.format}`;
  const picked = await ctx.ui.pickSavePath(image.format, safeFileName(ctx.session.displayName, extension));
  if (picked === null) return { status: 'canceled' };
  const path = picked.toLowerCase().endsWith(extension) ? picked : `${picked}${extension}`;
  try {
    await atomicWriteFile(path, image.data);
  } catch (error) {
    const message = `Could not write ${path}: ${describe(error)}`;
    await ctx.ui.showError('The image was not exported', message);
    return { status: 'failed', message };
  }
  return { status: 'exported', fileName: basename(path) };
}

function tooLarge(bytes: number, limit: number): Error {
  return new Error(describeCsvRefusal({ kind: 'too-large', bytes, limit }, 'app'));
}

/** Reads a CSV file the user chose as bytes, refusing one over the cap before reading it. */
export async function readCsvFile(path: string, maxBytes = MAX_CSV_BYTES): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error('not a file');
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  const handle = await open(path, 'r');
  try {
    // Read at most the cap plus one byte, in case the file grew since `stat`.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) throw tooLarge(bytesRead, maxBytes);
    // A plain copy: a Buffer view would carry its pool over IPC.
    return new Uint8Array(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

export async function importCsv(ctx: FlowContext): Promise<CsvResult> {
  const path = await ctx.ui.pickOpenPath('csv');
  if (path === null) return { status: 'canceled' };
  try {
    return { status: 'read', fileName: basename(path), bytes: await readCsvFile(path) };
  } catch (error) {
    const message = `${path}: ${describe(error)}`;
    await ctx.ui.showError('The CSV file could not be read', `“${basename(path)}” could not be imported.`, message);
    return { status: 'failed', message };
  }
}
