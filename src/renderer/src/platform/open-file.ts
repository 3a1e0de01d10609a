/**
 * Turning an opened file into a plan: JSON text, or a PNG the app exported
 * with the plan in its `org-planner` chunk. Errors name the file and the JSON
 * path, and the caller keeps the current plan whenever this fails.
 */
import { parsePlan } from '@shared/format/parse';
import { formatProblem, MAX_REPORTED_PROBLEMS } from '@shared/model/problems';
import type { Plan } from '@shared/model/types';
import { isPng, PLAN_KEYWORD, readTextChunk } from '@shared/png/chunks';

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

export type ParsedDocument =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly message: string };

function openError(fileName: string | null, detail: string): string {
  return `Could not open “${fileName ?? 'the plan'}”: ${detail}`;
}

/** The plan text inside a file's bytes: the PNG chunk for PNG files, UTF-8 otherwise. */
export function decodePlanFile(fileName: string, bytes: Uint8Array): Decoded {
  if (isPng(bytes)) {
    let text: string | undefined;
    try {
      text = readTextChunk(bytes, PLAN_KEYWORD);
    } catch (error) {
      return { ok: false, message: openError(fileName, `the image is damaged (${String(error)})`) };
    }
    if (text === undefined)
      return {
        ok: false,
        message: openError(fileName, 'this image holds no plan (only PNGs exported by Org Planner do)'),
      };
    return { ok: true, text };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

/** Parses opened text; the message lists the first problems, each with its JSON path. */
export function parseOpened(fileName: string | null, text: string): ParsedDocument {
  const result = parsePlan(text);
  if (result.ok) return { ok: true, plan: result.plan };
  const shown = result.errors.slice(0, 3).map(formatProblem);
  const more = result.errors.length - shown.length;
  const tail =
    more > 0 ? ` (and ${Math.min(more, MAX_REPORTED_PROBLEMS)}${more > MAX_REPORTED_PROBLEMS ? '+' : ''} more)` : '';
  return { ok: false, message: openError(fileName, `${shown.join('; ')}${tail}`) };
}
