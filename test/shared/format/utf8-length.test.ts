/** utf8Length skips ASCII with a regular expression: it must count exactly as the plain loop over every unit did. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from '@shared/format/parse';

function byUnits(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const unit = fc.oneof(
  fc.constantFrom('a', '"', ' ', 'é', '€', '😀', '\ud800', '\udc00', '\u07ff', '\u0800'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

describe('utf8Length', () => {
  it('counts as the unit-by-unit loop, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(utf8Length(text)).toBe(byUnits(text));
      }),
      { numRuns: 2000 },
    );
  });
});
