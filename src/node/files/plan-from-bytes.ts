/**
 * A plan file's bytes → its plan: the text out of an exported PNG's chunk or strict UTF-8 (a bad byte is
 * refused with its offset, so a later Save cannot replace the original bytes with U+FFFD), then the core's
 * parser; a draw.io diagram (by its content) goes through the draw.io reader. Never throws. Runs in the calling thread (the CLI) or in a worker thread (the app).
 */
import { parsePlan } from '@shared/format/parse';
import { formatProblem, type PlanProblem } from '@shared/model/problems';
import type { Plan } from '@shared/model/types';
import { looksLikeDrawio, openDrawio } from '@shared/interop/drawio-open';
import { PLAN_KEYWORD, isPng, readTextChunk } from '@shared/png/chunks';
import { decodeUtf8Strict } from '@shared/text/utf8';

export type PlanFromBytes =
  /**
   * `fromImage`: the plan came out of a PNG exported by Org Planner (its `org-planner` iTXt chunk).
   * `fromDrawio`: it was read from a draw.io diagram; `text` is then the plan's JSON, and `notice` says
   * when the diagram was not made by our export (read best-effort).
   */
  | { ok: true; plan: Plan; text: string; fromImage: boolean; fromDrawio?: boolean; notice?: string }
  | { ok: false; reason: 'unreadable' | 'invalid'; error: string; problems: PlanProblem[] };

export type PlanBytesParser = (bytes: Uint8Array) => PlanFromBytes | Promise<PlanFromBytes>;

export function refusal(reason: 'unreadable' | 'invalid', message: string): Extract<PlanFromBytes, { ok: false }> {
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

export function planFromBytes(bytes: Uint8Array): PlanFromBytes {
  try {
    const extracted = planText(bytes);
    if (!extracted.ok) return refusal('invalid', extracted.message);
    if (!extracted.fromImage && looksLikeDrawio(extracted.text)) {
      const drawio = openDrawio(extracted.text);
      if (!drawio.ok) return refusal('invalid', drawio.message);
      const notice = drawio.notice === undefined ? {} : { notice: drawio.notice };
      return { ok: true, plan: drawio.plan, text: drawio.text, fromImage: false, fromDrawio: true, ...notice };
    }
    const result = parsePlan(extracted.text);
    if (!result.ok) {
      return {
        ok: false,
        reason: 'invalid',
        error: result.errors.map(formatProblem).join('; '),
        problems: result.errors,
      };
    }
    return { ok: true, plan: result.plan, text: extracted.text, fromImage: extracted.fromImage };
  } catch (error) {
    // A defect in the core must cost this file only, never the run or the window.
    return refusal('invalid', `the file could not be read as a plan (internal error: ${describeInternal(error)})`);
  }
}
