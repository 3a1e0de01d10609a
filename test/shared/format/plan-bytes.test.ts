/** Plan files as bytes (issue 11, item 8): strict UTF-8, exported PNGs, the size cap. Never throws. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadPlanBytes } from '@shared/format/plan-bytes';
import { MAX_PLAN_BYTES } from '@shared/model/limits';
import { formatProblem } from '@shared/model/problems';
import { PLAN_KEYWORD, withTextChunk } from '@shared/png/chunks';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const PLAN = '{"format":"org-planner","version":1,"name":"Dana Lée","nodes":[],"edges":[]}';

function refusal(bytes: Uint8Array): string[] {
  const result = loadPlanBytes(bytes);
  if (result.ok) throw new Error('expected a refusal');
  return result.errors.map(formatProblem);
}

describe('loadPlanBytes', () => {
  it('loads UTF-8 JSON and returns the text as read', () => {
    const result = loadPlanBytes(encode(PLAN));
    expect(result).toMatchObject({ ok: true, text: PLAN, fromImage: false, plan: { name: 'Dana Lée' } });
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(loadPlanBytes(encode(`\ufeff${PLAN}`)).ok).toBe(true);
  });

  it('refuses invalid UTF-8 with the byte offset instead of loading U+FFFD', () => {
    // "Dana Lée" written in Windows-1252: é is the lone byte 0xE9. A lenient decoder made it U+FFFD,
    // and the next Save replaced the original byte for good.
    const latin1 = Uint8Array.from(PLAN.replace('é', '\u00e9'), (char) => char.charCodeAt(0));
    const offset = PLAN.indexOf('é');
    expect(refusal(latin1)).toEqual([`not valid UTF-8 text (the byte at offset ${offset} is not part of a character)`]);
  });

  it('reads the plan out of an exported PNG', () => {
    const png = new PNG({ width: 1, height: 1 });
    const bytes = withTextChunk(new Uint8Array(PNG.sync.write(png)), PLAN_KEYWORD, PLAN);
    expect(loadPlanBytes(bytes)).toMatchObject({ ok: true, text: PLAN, fromImage: true });
    expect(loadPlanBytes(new Uint8Array(PNG.sync.write(png)))).toMatchObject({ ok: false, fromImage: true });
  });

  it('refuses bytes over the plan size limit before decoding them', () => {
    expect(refusal(new Uint8Array(MAX_PLAN_BYTES + 1))).toEqual(['the file is larger than 50 MiB']);
  });
});
