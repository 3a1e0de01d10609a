import { describe, expect, it } from 'vitest';
import { decodeUtf16 } from '@shared/text/utf16';
import { decodeWindows1252 } from '@shared/text/windows-1252';

describe('decodeWindows1252', () => {
  // Node's own TextDecoder('windows-1252') decodes as Latin-1, so the expectation is written out.
  it('decodes 0x80-0x9F as the Windows-1252 (WHATWG) table and every other byte as its code point', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
    const latin1 = (from: number, to: number): string =>
      String.fromCharCode(...Array.from({ length: to - from }, (_, i) => from + i));
    expect(decodeWindows1252(all)).toBe(latin1(0, 0x80) + high + latin1(0xa0, 0x100));
    expect(decodeWindows1252(Uint8Array.from([0x44, 0x61, 0x6e, 0x61, 0x20, 0x4c, 0xe9, 0x65]))).toBe('Dana Lée');
  });

  it('decodes inputs longer than one flush slice', () => {
    const bytes = new Uint8Array(100_000).fill(0xe9);
    expect(decodeWindows1252(bytes)).toBe('é'.repeat(100_000));
  });
});

describe('decodeUtf16', () => {
  it('decodes both byte orders, surrogate pairs included', () => {
    const text = 'Dana Lée 𝄞;Zoë';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      le[2 * i] = unit & 0xff;
      le[2 * i + 1] = unit >> 8;
      be[2 * i] = unit >> 8;
      be[2 * i + 1] = unit & 0xff;
    }
    expect(decodeUtf16(le, true)).toEqual({ ok: true, text });
    expect(decodeUtf16(be, false)).toEqual({ ok: true, text });
  });

  it('reports an odd trailing byte with its offset', () => {
    expect(decodeUtf16(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), true, 2)).toEqual({ ok: false, offset: 4 });
  });
});
