/**
 * Text → Plan: the size cap, a linear pre-scan for duplicate keys and deep nesting, JSON syntax, then
 * the loader (migrations and validators, load.ts). Never throws, whatever the text.
 */
import type { PlanResult } from '../model/plan';
import { MAX_PLAN_BYTES } from '../model/types';
import { scanJsonText } from './json-scan';
import { loadPlanValue } from './load';

/** Runs of characters outside ASCII: the regular expression engine skips the ASCII between them natively. */
const WIDE_RUNS = /[\u0080-\uffff]+/g;

/** UTF-8 length without TextEncoder, which the pure core cannot assume: one byte per ASCII unit, the runs beyond counted. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  WIDE_RUNS.lastIndex = 0;
  for (let run = WIDE_RUNS.exec(text); run !== null; run = WIDE_RUNS.exec(text)) {
    const units = run[0];
    bytes += runLength(units, run.index + units.length < text.length) - units.length;
  }
  return bytes;
}

/**
 * The UTF-8 length of a run of characters, one at a time. `followed`: an
 * ASCII unit comes after the run, which a high surrogate ending the run takes
 * as its pair (as the loop over the whole text always did), so it is not
 * counted twice.
 */
function runLength(text: string, followed: boolean): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte code point
      if (i === text.length - 1 && followed) bytes -= 1;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function isOverSizeCap(text: string): boolean {
  // Cheap bounds first: every UTF-16 unit is 1–3 UTF-8 bytes (pairs: 4 for 2).
  if (text.length > MAX_PLAN_BYTES) return true;
  if (text.length * 3 <= MAX_PLAN_BYTES) return false;
  return utf8Length(text) > MAX_PLAN_BYTES;
}

export function parsePlan(text: string): PlanResult {
  if (isOverSizeCap(text)) {
    return {
      ok: false,
      errors: [{ path: '', message: `the file is larger than ${MAX_PLAN_BYTES / 1024 / 1024} MiB` }],
    };
  }
  return parsePlanBeyondCap(text);
}

/**
 * parsePlan without the size cap: every other guarantee (the pre-scan, strict
 * JSON, the loader). Only for the benchmark, which measures plans past the cap
 * to show where the ceiling lies (docs/format.md, Limits).
 */
export function parsePlanBeyondCap(text: string): PlanResult {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Before JSON.parse: it recurses per nesting level and keeps the last of duplicate keys silently.
  const structural = scanJsonText(json);
  if (structural !== undefined) return { ok: false, errors: [structural] };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${detail}` }] };
  }
  return loadPlanValue(value);
}
