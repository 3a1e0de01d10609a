/**
 * Reading a text chunk back out of a PNG, above all the plan an exported PNG carries. Never throws: a PNG
 * opened by a user may be damaged in any way, and each way gets a refusal in the user's terms, distinct
 * from "not a PNG file" and from "holds no plan".
 */
import { decodeUtf8Strict } from '../text/utf8';
import { hasKeyword, isPng, PLAN_KEYWORD, walkChunks, type ChunkDamage, type PngChunk } from './chunk-scan';

/** PNG keywords are 1–79 Latin-1 bytes (PNG spec 11.3.4.1); a longer one marks a damaged or hostile file. */
export const MAX_KEYWORD_BYTES = 79;

export type PngTextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'not-png' | 'no-text' | 'damaged'; readonly message: string };

const TEXT_TYPES: ReadonlySet<string> = new Set(['tEXt', 'zTXt', 'iTXt']);

/** Latin-1 (tEXt) in slices: one String.fromCharCode over megabytes of arguments overflows the stack. */
function decodeLatin1(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  }
  return text;
}

function damaged(message: string): PngTextResult {
  return { ok: false, reason: 'damaged', message };
}

function describeDamage(damage: ChunkDamage): string {
  if (damage.kind === 'truncated') return 'the image is damaged (the file is cut short)';
  if (TEXT_TYPES.has(damage.type)) return "the image's embedded plan is damaged (chunk CRC)";
  return `the image is damaged (chunk CRC of its ${damage.type} chunk)`;
}

/** Keyword length of a text chunk: the NUL must come within the first 80 bytes. */
function keywordTooLong(data: Uint8Array): boolean {
  return data.subarray(0, MAX_KEYWORD_BYTES + 1).indexOf(0) < 0;
}

function readChunkText(chunk: PngChunk, keyword: string): PngTextResult {
  const { data } = chunk;
  const afterKeyword = keyword.length + 1;
  if (chunk.type === 'tEXt') return { ok: true, text: decodeLatin1(data.subarray(afterKeyword)) };
  if (chunk.type === 'iTXt' && data.length < afterKeyword + 2) {
    return damaged("the image's embedded plan is damaged (its text chunk is cut short)");
  }
  if (chunk.type === 'zTXt' || data[afterKeyword] !== 0) {
    return damaged("the image's embedded plan is compressed, which Org Planner never writes and does not read");
  }
  // iTXt: compression flag and method, then NUL-terminated language tag and translated keyword.
  const language = data.indexOf(0, afterKeyword + 2);
  const translated = language < 0 ? -1 : data.indexOf(0, language + 1);
  if (translated < 0) return damaged("the image's embedded plan is damaged (its text chunk has no text)");
  const decoded = decodeUtf8Strict(data.subarray(translated + 1));
  if (!decoded.ok) {
    return damaged(`the image's embedded plan is not valid UTF-8 (byte ${decoded.offset} of the plan)`);
  }
  return { ok: true, text: decoded.text };
}

/**
 * The text of the first intact tEXt or iTXt chunk named `keyword`. Damage elsewhere in the file does not
 * matter when that chunk is intact (its own CRC vouches for it); otherwise the first damage is reported.
 */
export function findTextChunk(bytes: Uint8Array, keyword: string): PngTextResult {
  if (!isPng(bytes)) return { ok: false, reason: 'not-png', message: 'not a PNG file' };
  let found: PngTextResult | undefined;
  let badKeyword: string | undefined;
  const damage = walkChunks(bytes, (chunk) => {
    if (!TEXT_TYPES.has(chunk.type)) return false;
    if (keywordTooLong(chunk.data)) {
      badKeyword ??= `the image is damaged (the keyword of its ${chunk.type} chunk is too long; PNG allows ${MAX_KEYWORD_BYTES} bytes)`;
      return false;
    }
    if (!hasKeyword(chunk.data, keyword)) return false;
    found = readChunkText(chunk, keyword);
    return true;
  });
  if (found !== undefined) return found;
  // A bad keyword is named first: the walk went on past it, so any other damage came later or elsewhere.
  const problem = badKeyword ?? (damage === undefined ? undefined : describeDamage(damage));
  if (problem !== undefined) return damaged(problem);
  return { ok: false, reason: 'no-text', message: `the image has no "${keyword}" text` };
}

export type PngPlanResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'not-png' | 'no-plan' | 'damaged'; readonly message: string };

/** The plan JSON an exported PNG carries, or why there is none. Never throws. */
export function readPlanFromPng(bytes: Uint8Array): PngPlanResult {
  const found = findTextChunk(bytes, PLAN_KEYWORD);
  if (found.ok) return found;
  if (found.reason !== 'no-text') return { ok: false, reason: found.reason, message: found.message };
  return {
    ok: false,
    reason: 'no-plan',
    message: 'this image holds no plan; only PNGs exported by Org Planner (File › Export PNG) carry one',
  };
}

/** The text of the chunk named `keyword`, undefined when there is none; throws when the file is damaged. */
export function readTextChunk(bytes: Uint8Array, keyword: string): string | undefined {
  const found = findTextChunk(bytes, keyword);
  if (found.ok) return found.text;
  if (found.reason === 'no-text') return undefined;
  throw new Error(found.message);
}
