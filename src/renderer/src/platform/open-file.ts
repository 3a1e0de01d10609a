/**
 * Turning an opened file into a plan: JSON text, or a PNG the app exported
 * with the plan in its `org-planner` chunk. Errors name the file and the JSON
 * path, and the caller keeps the current plan whenever this fails.
 */
import { parsePlan } from '@shared/format/parse';
import { formatProblem, MAX_REPORTED_PROBLEMS } from '@shared/model/problems';
import type { Plan } from '@shared/model/types';
import { isPng, PLAN_KEYWORD, readTextChunk } from '@shared/png/chunks';
import { decodeUtf8Strict } from '@shared/text/utf8';

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
  // Strict: a lenient decoder would turn bad bytes into U+FFFD and the next Save would destroy the original.
  const decoded = decodeUtf8Strict(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text.replace(/^\uFEFF/, '') };
  return {
    ok: false,
    message: openError(
      fileName,
      `the file is not valid UTF-8 text (bad byte at offset ${decoded.offset.toLocaleString('en')}); plans are saved as UTF-8`,
    ),
  };
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
