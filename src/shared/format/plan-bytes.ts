/**
 * Bytes → Plan, for callers that read files: JSON must be strict UTF-8 (a lenient decoder would turn bad
 * bytes into U+FFFD and the next Save would destroy the original), and a PNG exported by the app gives
 * the plan it carries. Never throws.
 */
import type { PlanProblem } from '../model/problems';
import { MAX_PLAN_BYTES, type Plan } from '../model/types';
import { isPng } from '../png/chunk-scan';
import { readPlanFromPng } from '../png/text-chunks';
import { decodeUtf8Strict } from '../text/utf8';
import { parsePlan } from './parse';

export type PlanBytesResult =
  /** `text` is the plan's JSON as read; `fromImage`: it came out of a PNG exported by Org Planner. */
  | { readonly ok: true; readonly plan: Plan; readonly text: string; readonly fromImage: boolean }
  | { readonly ok: false; readonly errors: PlanProblem[]; readonly fromImage: boolean };

function refusal(message: string, fromImage: boolean): PlanBytesResult {
  return { ok: false, errors: [{ path: '', message }], fromImage };
}

const TOO_LARGE = `the file is larger than ${MAX_PLAN_BYTES / 1024 / 1024} MiB`;

/** A plan file's bytes, JSON or an exported PNG → Plan with its JSON text. */
export function loadPlanBytes(bytes: Uint8Array): PlanBytesResult {
  if (bytes.length > MAX_PLAN_BYTES) return refusal(TOO_LARGE, isPng(bytes));
  if (isPng(bytes)) {
    const embedded = readPlanFromPng(bytes);
    if (!embedded.ok) return refusal(embedded.message, true);
    const result = parsePlan(embedded.text);
    return result.ok
      ? { ok: true, plan: result.plan, text: embedded.text, fromImage: true }
      : { ok: false, errors: result.errors, fromImage: true };
  }
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok)
    return refusal(`not valid UTF-8 text (the byte at offset ${decoded.offset} is not part of a character)`, false);
  const result = parsePlan(decoded.text);
  return result.ok
    ? { ok: true, plan: result.plan, text: decoded.text, fromImage: false }
    : { ok: false, errors: result.errors, fromImage: false };
}
