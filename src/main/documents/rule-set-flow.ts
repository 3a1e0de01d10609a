/**
 * The Rules tab's rule-set file (the `check --rules` format, src/shared/interop/rule-set.ts): main picks
 * the path with its own dialog and reads the text (a regular file, size-capped, strict UTF-8) or writes
 * it; the renderer checks what it read with the core and applies it as one undoable step.
 */
import { basename } from 'node:path';
import { decodeUtf8Strict } from '@shared/text/utf8';
import type { ExportResult, RuleSetFileResult } from '../../preload/api';
import { atomicWriteFile } from '../../node/files/atomic-write';
import { describeFileError, readRegularFile } from '../../node/files/read-regular-file';
import type { FlowContext } from './context';
import { safeFileName } from './context';

/** A rule set is a few kilobytes; a megabyte is generous and keeps a wrong pick from filling memory. */
export const MAX_RULE_SET_BYTES = 1024 * 1024;

export async function openRuleSetFile(ctx: FlowContext): Promise<RuleSetFileResult> {
  const path = await ctx.ui.pickOpenPath('rules');
  if (path === null) return { status: 'canceled' };
  try {
    const { bytes } = await readRegularFile(path, MAX_RULE_SET_BYTES);
    const decoded = decodeUtf8Strict(bytes);
    if (!decoded.ok) throw new Error(`not UTF-8 text (bad byte at offset ${decoded.offset})`);
    return { status: 'read', fileName: basename(path), text: decoded.text };
  } catch (error) {
    const message = `${path}: ${describeFileError(error)}`;
    await ctx.ui.showError('The rule set could not be read', `“${basename(path)}” could not be loaded.`, message);
    return { status: 'failed', message };
  }
}

export async function saveRuleSetFile(ctx: FlowContext, text: string): Promise<ExportResult> {
  const picked = await ctx.ui.pickSavePath('rules', safeFileName(`${ctx.session.displayName} rules`, '.json'));
  if (picked === null) return { status: 'canceled' };
  const path = picked.toLowerCase().endsWith('.json') ? picked : `${picked}.json`;
  try {
    await atomicWriteFile(path, text);
  } catch (error) {
    const message = `Could not write ${path}: ${describeFileError(error)}`;
    await ctx.ui.showError('The rule set was not saved', message);
    return { status: 'failed', message };
  }
  return { status: 'exported', fileName: basename(path) };
}
