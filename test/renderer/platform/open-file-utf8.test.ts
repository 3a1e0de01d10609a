/** Opening in the browser decodes as strictly as the desktop and the CLI: bad bytes are refused, never replaced. */
import { describe, expect, it } from 'vitest';
import { serializePlan } from '@shared/format/serialize';
import { articleExamplePlan } from '@shared/example/article-example';
import { decodePlanFile, parseOpened } from '../../../src/renderer/src/platform/open-file';

describe('opening a plan file in the browser', () => {
  it('refuses bytes that are not UTF-8, naming the file and the offset (before: U+FFFD, lost on the next Save)', () => {
    const text = serializePlan(articleExamplePlan()).replace('"name"', '"name_é"');
    const bytes = new TextEncoder().encode(text);
    const at = text.indexOf('é');
    // Windows-1252 é: one byte 0xE9 where UTF-8 has two.
    const latin1 = new Uint8Array([...bytes.subarray(0, at), 0xe9, ...bytes.subarray(at + 2)]);
    const result = decodePlanFile('plan.orgplan.json', latin1);
    expect(result).toEqual({
      ok: false,
      message: `Could not open “plan.orgplan.json”: the file is not valid UTF-8 text (bad byte at offset ${at.toLocaleString('en')}); plans are saved as UTF-8`,
    });
  });

  it('opens UTF-8 with or without a byte order mark', () => {
    const text = serializePlan(articleExamplePlan());
    const bytes = new TextEncoder().encode(text);
    for (const input of [bytes, new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])]) {
      const decoded = decodePlanFile('plan.orgplan.json', input);
      expect(decoded.ok && parseOpened('plan.orgplan.json', decoded.text).ok).toBe(true);
    }
  });
});
