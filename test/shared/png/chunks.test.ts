import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/shared/png/crc32';
import {
  encodeChunk,
  isPng,
  PLAN_KEYWORD,
  readChunks,
  readTextChunk,
  withTextChunk,
} from '../../../src/shared/png/chunks';
import { encodeUtf8 } from '../../../src/shared/png/utf8';
import { decodeUtf8Strict } from '../../../src/shared/text/utf8';

function samplePng(width = 3, height = 2): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(0x80);
  return new Uint8Array(PNG.sync.write(png));
}

describe('PNG chunks', () => {
  it('computes the standard CRC-32', () => {
    // The check value of CRC-32/ISO-HDLC.
    expect(crc32(encodeUtf8('123456789'))).toBe(0xcbf43926);
    // The CRC of an IEND chunk is famous: AE 42 60 82.
    const iend = encodeChunk('IEND', new Uint8Array(0));
    expect([...iend.slice(8)]).toEqual([0xae, 0x42, 0x60, 0x82]);
  });

  it('round-trips UTF-8, including astral characters', () => {
    const text = 'Zoë → 🚀 「計画」';
    expect(decodeUtf8Strict(encodeUtf8(text))).toEqual({ ok: true, text });
    expect([...encodeUtf8(text)]).toEqual([...new TextEncoder().encode(text)]);
  });

  it('embeds a plan in an iTXt chunk that reads back and that pngjs still decodes', () => {
    const plan = JSON.stringify({ format: 'org-planner', name: 'Zoë’s org 🚀' });
    const original = samplePng();
    const embedded = withTextChunk(original, PLAN_KEYWORD, plan);
    expect(isPng(embedded)).toBe(true);
    expect(readTextChunk(embedded, PLAN_KEYWORD)).toBe(plan);
    expect(readTextChunk(original, PLAN_KEYWORD)).toBeUndefined();
    const types = readChunks(embedded).map((chunk) => chunk.type);
    expect(types.at(-1)).toBe('IEND');
    expect(types.at(-2)).toBe('iTXt');
    // pngjs verifies every chunk's CRC (checkCRC defaults to true) and decodes the pixels unchanged.
    const decoded = PNG.sync.read(Buffer.from(embedded));
    expect(decoded.width).toBe(3);
    expect(decoded.data[0]).toBe(0x80);
  });

  it('replaces an older chunk with the same keyword instead of adding a second', () => {
    const once = withTextChunk(samplePng(), PLAN_KEYWORD, 'first');
    const twice = withTextChunk(once, PLAN_KEYWORD, 'second');
    expect(readTextChunk(twice, PLAN_KEYWORD)).toBe('second');
    expect(readChunks(twice).filter((chunk) => chunk.type === 'iTXt')).toHaveLength(1);
  });

  it('refuses a damaged file rather than trusting it', () => {
    const embedded = withTextChunk(samplePng(), PLAN_KEYWORD, '{"a":1}');
    const damaged = embedded.slice();
    const at = damaged.length - 20;
    damaged[at] = (damaged[at] ?? 0) ^ 0xff;
    expect(() => readTextChunk(damaged, PLAN_KEYWORD)).toThrow(/damaged \(chunk CRC\)/);
    expect(() => readChunks(encodeUtf8('not a png'))).toThrow(/not a PNG/);
  });
});
