/**
 * Reads and validates a plan file from disk: regular files only, never more
 * than MAX_PLAN_BYTES read, strict UTF-8 (a bad byte is refused with its
 * offset, so a later Save cannot replace the original bytes with U+FFFD).
 * Shared by the app's Open and the CLI's check; no Electron here. A PNG
 * exported by the app is read too: the plan travels inside it, as draw.io
 * does with its XML. Never throws: every failure is a refusal with a message.
 */
import { parsePlan } from '@shared/format/parse';
import { MAX_PLAN_BYTES } from '@shared/model/limits';
import { formatProblem, type PlanProblem } from '@shared/model/problems';
import type { Plan } from '@shared/model/types';
import { PLAN_KEYWORD, isPng, readTextChunk } from '@shared/png/chunks';
import { decodeUtf8Strict } from '@shared/text/utf8';
import { FileRefusedError, describeFileError, readRegularFile, type RegularFile } from './read-regular-file';

export type ReadPlanResult =
  /** `fromImage`: the plan came out of a PNG exported by Org Planner (its `org-planner` iTXt chunk). */
  | { ok: true; plan: Plan; text: string; mtimeMs: number; size: number; fromImage: boolean }
  | { ok: false; reason: 'unreadable' | 'invalid'; error: string; problems: PlanProblem[] };

function refusal(reason: 'unreadable' | 'invalid', message: string): Extract<ReadPlanResult, { ok: false }> {
  return { ok: false, reason, error: message, problems: [{ path: '', message }] };
}

function describeInternal(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The plan's text: out of a PNG's chunk, or the file decoded as strict UTF-8. */
function planText(bytes: Uint8Array): { ok: true; text: string; fromImage: boolean } | { ok: false; message: string } {
  if (isPng(bytes)) {
    const text = readTextChunk(bytes, PLAN_KEYWORD);
    if (text !== undefined) return { ok: true, text, fromImage: true };
    return {
      ok: false,
      message: 'this PNG holds no plan; only images exported by Org Planner (File › Export PNG) carry one',
    };
  }
  const decoded = decodeUtf8Strict(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text, fromImage: false };
  return {
    ok: false,
    message: `the file is not valid UTF-8 text (bad byte at offset ${decoded.offset}); plans are saved as UTF-8`,
  };
}

export async function readPlanFile(path: string): Promise<ReadPlanResult> {
  let file: RegularFile;
  try {
    file = await readRegularFile(path, MAX_PLAN_BYTES);
  } catch (error) {
    if (error instanceof FileRefusedError && error.code === 'too-large') return refusal('invalid', error.message);
    return refusal('unreadable', `cannot read the file: ${describeFileError(error)}`);
  }
  try {
    const extracted = planText(file.bytes);
    if (!extracted.ok) return refusal('invalid', extracted.message);
    const result = parsePlan(extracted.text);
    if (!result.ok) {
      return {
        ok: false,
        reason: 'invalid',
        error: result.errors.map(formatProblem).join('; '),
        problems: result.errors,
      };
    }
    const { text, fromImage } = extracted;
    return { ok: true, plan: result.plan, text, mtimeMs: file.mtimeMs, size: file.size, fromImage };
  } catch (error) {
    // A defect in the core must cost this file only, never the run or the window.
    return refusal('invalid', `the file could not be read as a plan (internal error: ${describeInternal(error)})`);
  }
}
