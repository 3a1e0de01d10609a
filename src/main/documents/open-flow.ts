/**
 * New, Open and Close. Open reads with the size cap and the core's parser
 * first, and only then asks about unsaved changes: a bad file is refused
 * with a dialog naming the file and the JSON path of the problem, and the
 * window keeps its plan, its file and its unsaved changes.
 */
import { basename } from 'node:path';
import { formatProblem } from '@shared/model/problems';
import type { DoneResult, OpenResult } from '../../preload/api';
import { readPlanFile } from '../../node/files/read-plan-file';
import type { FlowContext } from './context';
import { savePlan } from './save-flow';

/** Save / Don't Save / Cancel when there are unsaved changes; true when the flow may go on. */
export async function confirmUnsavedChanges(ctx: FlowContext, currentText: string): Promise<boolean> {
  if (!ctx.session.dirty) return true;
  const answer = await ctx.ui.askUnsavedChanges(ctx.session.displayName);
  if (answer === 'cancel') return false;
  if (answer === 'discard') return true;
  return (await savePlan(ctx, currentText)).status === 'saved';
}

export async function newPlan(ctx: FlowContext, currentText: string): Promise<DoneResult> {
  if (!(await confirmUnsavedChanges(ctx, currentText))) return { status: 'canceled' };
  ctx.session.reset();
  return { status: 'done' };
}

/** Opens `path` (from a dialog, the recent list, the command line, the OS or a drop) into the window. */
export async function openPlanPath(ctx: FlowContext, path: string, currentText: string): Promise<OpenResult> {
  const result = await readPlanFile(path, ctx.parsePlanBytes);
  if (!result.ok) {
    if (result.reason === 'unreadable') ctx.recent.remove(path);
    const problems = result.problems.slice(0, 5).map(formatProblem).join('\n');
    const message = `${path}\n\n${problems}`;
    await ctx.ui.showError(
      'The plan could not be opened',
      `“${basename(path)}” is not a plan Org Planner can open.`,
      message,
    );
    return { status: 'failed', message: `${basename(path)}: ${result.error}` };
  }
  if (!(await confirmUnsavedChanges(ctx, currentText))) return { status: 'canceled' };
  if (result.fromImage) {
    ctx.session.adoptUntitled(result.plan.name ?? '');
    return {
      status: 'opened',
      document: { text: result.text, fileName: null, restoredFromDraft: false, fromImage: true },
    };
  }
  if (result.fromDrawio === true) {
    // The diagram stays as it is: the plan read from it is untitled, so Save asks for a .orgplan.json name.
    ctx.session.adoptUntitled(result.plan.name ?? '');
    const notice = result.notice === undefined ? {} : { notice: result.notice };
    return {
      status: 'opened',
      document: { text: result.text, fileName: null, restoredFromDraft: false, fromDrawio: true, ...notice },
    };
  }
  ctx.session.attachFile(path, { mtimeMs: result.mtimeMs, size: result.size }, result.plan.name ?? '');
  ctx.recent.add(path);
  return { status: 'opened', document: { text: result.text, fileName: basename(path), restoredFromDraft: false } };
}

export async function openPlanWithDialog(ctx: FlowContext, currentText: string): Promise<OpenResult> {
  const path = await ctx.ui.pickOpenPath('plan');
  if (path === null) return { status: 'canceled' };
  return openPlanPath(ctx, path, currentText);
}

/** Close (or Quit): asks when needed, then closes the window once the renderer has its answer. */
export async function closeDocument(ctx: FlowContext, currentText: string): Promise<DoneResult> {
  if (!(await confirmUnsavedChanges(ctx, currentText))) {
    ctx.closeCanceled?.();
    return { status: 'canceled' };
  }
  await ctx.session.draft.discard();
  ctx.closeWindow();
  return { status: 'done' };
}
