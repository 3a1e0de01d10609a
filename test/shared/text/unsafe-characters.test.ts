import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters, removeUnsafeCharacters } from '@shared/text/unsafe-characters';

/** Every character docs/format.md says no export can carry. */
export const UNSAFE_CHARACTERS = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter((c) => !'\t\n\r'.includes(c)),
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
];

describe('unsafe characters', () => {
  it('finds and removes every C0 control but tab, LF and CR, U+FFFE, U+FFFF and lone surrogates', () => {
    for (const c of UNSAFE_CHARACTERS) {
      expect(hasUnsafeCharacters(`a${c}b`), JSON.stringify(c)).toBe(true);
      expect(removeUnsafeCharacters(`a${c}b${c}`)).toBe('ab');
    }
  });

  it('keeps tab, line breaks, accents, emoji (surrogate pairs) and bidi text', () => {
    const text = 'Zoë\t𝄞 Ω\r\nשלום ‮x';
    expect(hasUnsafeCharacters(text)).toBe(false);
    expect(removeUnsafeCharacters(text)).toBe(text);
  });
});
