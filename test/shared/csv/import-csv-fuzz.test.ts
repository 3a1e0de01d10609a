/**
 * The CSV importer on arbitrary input (issue 11, "How to keep it fixed"): bytes in any
 * encoding, CSV-like text with every separator and quoting mistake. It never throws and
 * always answers with a plan or a refusal; fixed seed so CI runs the same cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsvBytes } from '@shared/csv/import-csv-bytes';
import { describeCsvRefusal } from '@shared/csv/refusal';
import { hasUnsafeCharacters } from '@shared/text/unsafe-characters';

const SEED = 20261203;

/** Cells drawn from the characters that matter to a CSV reader, plus controls and non-ASCII. */
const cell = fc
  .array(fc.constantFrom('a', 'Z', 'é', '"', ',', ';', '\t', '\n', '\r', ' ', '\u0001', '\uFFFF', '\uD800', '1', '𝄞'), {
    maxLength: 8,
  })
  .map((chars) => chars.join(''));
const csvText = fc
  .tuple(
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom(['id', 'name', 'manager id'], ['ID', 'Full Name', 'Reports To', 'Title'], ['x']),
    fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 12 }),
  )
  .map(([sep, header, rows]) => [header, ...rows].map((row) => row.join(sep)).join('\r\n'));

function checkAnswer(bytes: Uint8Array): void {
  const result = importCsvBytes(bytes, { layout: false });
  if (!result.ok) {
    expect(describeCsvRefusal(result.refusal, 'cli')).not.toBe('');
    return;
  }
  for (const node of result.plan.nodes) {
    expect(hasUnsafeCharacters(`${node.id}${node.name}${node.title ?? ''}`)).toBe(false);
  }
}

describe('importCsvBytes on arbitrary input', () => {
  it('answers arbitrary bytes with a plan or a refusal, never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        checkAnswer(bytes);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('answers CSV-like text in every encoding with a plan or a refusal, and no imported name holds a control character', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom('utf-8', 'utf-16le', 'utf-16be'), (text, encoding) => {
        if (encoding === 'utf-8') {
          checkAnswer(new TextEncoder().encode(text));
          return;
        }
        const bytes = new Uint8Array(2 + text.length * 2);
        const view = new DataView(bytes.buffer);
        view.setUint16(0, 0xfeff, encoding === 'utf-16le');
        for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), encoding === 'utf-16le');
        checkAnswer(bytes);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
