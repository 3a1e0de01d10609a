import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInScript, decodeUtf8Strict } from '../../../src/shared/text/utf8';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('decodeUtf8Strict', () => {
  it('decodes without the platform’s decoder as with it (a core without TextDecoder), a leading BOM kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (text, bom) => {
        const written = (bom ? '\ufeff' : '') + text;
        expect(decodeInScript(new TextEncoder().encode(written))).toBe(written);
      }),
    );
  });

  it('decodes what TextEncoder writes, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeUtf8Strict(new TextEncoder().encode(text))).toEqual({ ok: true, text });
      }),
      { seed: 42 },
    );
  });

  it('names the offset of a stray continuation byte, a truncated sequence and a Windows-1252 é', () => {
    expect(decodeUtf8Strict(bytes(0x61, 0x80))).toEqual({ ok: false, offset: 1 });
    expect(decodeUtf8Strict(bytes(0x61, 0x62, 0xe2, 0x82))).toEqual({ ok: false, offset: 2 });
    expect(decodeUtf8Strict(bytes(0x4c, 0xe9, 0x65))).toEqual({ ok: false, offset: 1 });
  });

  it('refuses overlong forms, surrogates and code points above U+10FFFF', () => {
    expect(decodeUtf8Strict(bytes(0xc0, 0xaf)).ok).toBe(false);
    expect(decodeUtf8Strict(bytes(0xe0, 0x80, 0xaf)).ok).toBe(false);
    expect(decodeUtf8Strict(bytes(0xed, 0xa0, 0x80)).ok).toBe(false);
    expect(decodeUtf8Strict(bytes(0xf4, 0x90, 0x80, 0x80)).ok).toBe(false);
  });

  it('agrees with a fatal TextDecoder on random bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        let expected: string | undefined;
        try {
          expected = fatal.decode(input);
        } catch {
          expected = undefined;
        }
        const result = decodeUtf8Strict(input);
        expect(result.ok ? result.text : undefined).toBe(expected);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('decodes a megabyte without overflowing the stack', () => {
    const big = new Uint8Array(1024 * 1024).fill(0x41);
    const result = decodeUtf8Strict(big);
    expect(result.ok && result.text.length).toBe(big.length);
  });
});
