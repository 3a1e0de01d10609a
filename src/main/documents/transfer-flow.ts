/**
 * Image and diagram export and CSV import: the renderer draws PNG/SVG/PDF (the core renderer, src/shared/render)
 * and writes draw.io, Mermaid, GraphML and CSV (the core's writers, src/shared/interop)
 * and decodes and parses CSV (the core's importCsvBytes, as the CLI and the browser
 * do); main only picks the path with its own dialog and writes or reads the bytes,
 * size-capped. The CSV goes over IPC as bytes: decoding here would guess differently.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeCsvRefusal } from '@shared/csv/refusal';
import { MAX_CSV_BYTES } from '@shared/model/limits';
import { DIAGRAM_EXTENSIONS, isDiagramFormat } from '@shared/interop/export-formats';
import type { CsvResult, ExportFile, ExportResult } from '../../preload/api';
import { atomicWriteFile } from '../../node/files/atomic-write';
import { describeFileError, FileRefusedError, readRegularFile } from '../../node/files/read-regular-file';
import type { FlowContext } from './context';
import { safeFileName } from './context';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function exportImage(ctx: FlowContext, image: ExportFile): Promise<ExportResult> {
  const extension = `.${isDiagramFormat(image.format) ? DIAGRAM_EXTENSIONS[image.format] : image.format}`;
  const picked = await ctx.ui.pickSavePath(image.format, safeFileName(ctx.session.displayName, extension));
  if (picked === null) return { status: 'canceled' };
  const path = picked.toLowerCase().endsWith(extension) ? picked : `${picked}${extension}`;
  try {
    await atomicWriteFile(path, image.data);
  } catch (error) {
    const message = `Could not write ${path}: ${describe(error)}`;
    await ctx.ui.showError(`The ${isDiagramFormat(image.format) ? 'file' : 'image'} was not exported`, message);
    return { status: 'failed', message };
  }
  return { status: 'exported', fileName: basename(path) };
}

/** Reads a CSV file the user chose as bytes: a regular file only, refused over the cap (the same one as the CLI's). */
export async function readCsvFile(path: string, maxBytes = MAX_CSV_BYTES): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    ({ bytes } = await readRegularFile(path, maxBytes));
  } catch (error) {
    // Worded as the import dialog words every CSV refusal (the same sentence as in the browser).
    if (error instanceof FileRefusedError && error.code === 'too-large') {
      const size = await stat(path).then(
        (info) => info.size,
        () => maxBytes + 1,
      );
      throw new Error(describeCsvRefusal({ kind: 'too-large', bytes: size, limit: maxBytes }, 'app'), { cause: error });
    }
    throw error;
  }
  // A plain copy: a Buffer view would carry its pool over IPC.
  return new Uint8Array(bytes);
}

export async function importCsv(ctx: FlowContext): Promise<CsvResult> {
  const path = await ctx.ui.pickOpenPath('csv');
  if (path === null) return { status: 'canceled' };
  try {
    return { status: 'read', fileName: basename(path), bytes: await readCsvFile(path) };
  } catch (error) {
    const message = `${path}: ${describeFileError(error)}`;
    await ctx.ui.showError('The CSV file could not be read', `“${basename(path)}” could not be imported.`, message);
    return { status: 'failed', message };
  }
}
