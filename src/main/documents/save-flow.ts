/**
 * Save, Save As and "export a JSON copy". The renderer sends the plan as
 * text; main re-parses it with the core (refusing what does not load), writes
 * the core's deterministic serialization atomically to the path main chose,
 * and asks before overwriting a file that changed on disk since it was read.
 */
import { basename } from 'node:path';
import type { ExportResult, SaveResult } from '../../preload/api';
import { isExistingFile } from '../settings/recent-files';
import type { FlowContext } from './context';
import { safeFileName } from './context';
import { changedOnDisk, preparePlanForSave, writePlanFile } from './plan-io';

const PLAN_EXTENSION = '.orgplan.json';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Save dialogs on Linux do not add extensions: `plan` becomes `plan.orgplan.json`. */
export function withPlanExtension(path: string): string {
  return path.toLowerCase().endsWith('.json') ? path : `${path}${PLAN_EXTENSION}`;
}

async function chooseSavePath(ctx: FlowContext, kind: 'plan' | 'json'): Promise<string | null> {
  const picked = await ctx.ui.pickSavePath(kind, safeFileName(ctx.session.displayName, PLAN_EXTENSION));
  if (picked === null) return null;
  const path = withPlanExtension(picked);
  // The dialog confirmed replacing `picked`, not the name we extended it to.
  if (path !== picked && (await isExistingFile(path)) && (await ctx.ui.askReplaceExisting(path)) === 'cancel') {
    return null;
  }
  return path;
}

async function saveTo(ctx: FlowContext, text: string, saveAs: boolean): Promise<SaveResult> {
  const prepared = preparePlanForSave(text);
  if (!prepared.ok) {
    await ctx.ui.showError(
      'The plan cannot be saved',
      'The plan is not valid, so it was not written.',
      prepared.message,
    );
    return { status: 'failed', message: prepared.message };
  }
  const current = ctx.session.filePath;
  const path = saveAs || current === null ? await chooseSavePath(ctx, 'plan') : current;
  if (path === null) return { status: 'canceled' };

  const stamp = ctx.session.stamp;
  if (path === current && stamp !== null && (await changedOnDisk(path, stamp))) {
    if ((await ctx.ui.askOverwriteChanged(path)) === 'cancel') return { status: 'canceled' };
  }
  try {
    const written = await writePlanFile(path, prepared.output, ctx.writeHooks);
    ctx.session.attachFile(path, written, prepared.plan.name ?? '');
  } catch (error) {
    const message = `Could not write ${path}: ${describe(error)}`;
    await ctx.ui.showError('The plan was not saved', 'The file on disk is unchanged.', message);
    return { status: 'failed', message };
  }
  ctx.recent.add(path);
  return { status: 'saved', fileName: basename(path) };
}

export function savePlan(ctx: FlowContext, text: string): Promise<SaveResult> {
  return saveTo(ctx, text, false);
}

export function savePlanAs(ctx: FlowContext, text: string): Promise<SaveResult> {
  return saveTo(ctx, text, true);
}

/** Writes a copy of the plan elsewhere; the window keeps its file and its dirty state. */
export async function exportPlanJson(ctx: FlowContext, text: string): Promise<ExportResult> {
  const prepared = preparePlanForSave(text);
  if (!prepared.ok) {
    await ctx.ui.showError(
      'The plan cannot be exported',
      'The plan is not valid, so it was not written.',
      prepared.message,
    );
    return { status: 'failed', message: prepared.message };
  }
  const path = await chooseSavePath(ctx, 'json');
  if (path === null) return { status: 'canceled' };
  if (path === ctx.session.filePath) {
    const message = 'A copy cannot replace the open file; use Save instead.';
    await ctx.ui.showError('The copy was not written', message);
    return { status: 'failed', message };
  }
  try {
    await writePlanFile(path, prepared.output, ctx.writeHooks);
  } catch (error) {
    const message = `Could not write ${path}: ${describe(error)}`;
    await ctx.ui.showError('The copy was not written', message);
    return { status: 'failed', message };
  }
  return { status: 'exported', fileName: basename(path) };
}
