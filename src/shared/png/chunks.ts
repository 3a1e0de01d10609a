/**
 * PNG chunks: list them (chunk-scan.ts), read a text chunk back (text-chunks.ts), and write an uncompressed
 * iTXt text chunk (keyword, UTF-8 text). An exported PNG carries the plan's JSON this way so that it can be
 * opened again as a plan. Pure bytes; no DOM, no Node.
 */
import { hasKeyword, readChunks } from './chunk-scan';
import { crc32 } from './crc32';
import { encodeUtf8 } from './utf8';

export { isPng, PLAN_KEYWORD, PNG_SIGNATURE, readChunks, scanChunks, type PngChunk } from './chunk-scan';
export { readPlanFromPng, readTextChunk } from './text-chunks';

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

/** One complete chunk: length, type, data, CRC of type and data. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeU32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  writeU32(out, 8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** iTXt data: keyword, NUL, compression flag 0, method 0, empty language tag and translated keyword, text. */
function itxtData(keyword: string, text: string): Uint8Array {
  const key = encodeUtf8(keyword);
  const body = encodeUtf8(text);
  const out = new Uint8Array(key.length + 5 + body.length);
  out.set(key, 0);
  // Bytes key.length .. key.length+4 stay 0: separator, flag, method, two empty NUL-terminated strings.
  out.set(body, key.length + 5);
  return out;
}

/** A copy of `png` with an iTXt chunk `keyword` → `text` just before IEND (an older one with that keyword is replaced). */
export function withTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const chunks = readChunks(png);
  const iend = chunks.find((chunk) => chunk.type === 'IEND');
  if (iend === undefined) throw new Error('PNG without an IEND chunk');
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const chunk of chunks) {
    if (chunk.type === 'IEND') break;
    if (chunk.type === 'iTXt' && hasKeyword(chunk.data, keyword)) continue;
    parts.push(png.subarray(chunk.offset, chunk.offset + 12 + chunk.data.length));
  }
  parts.push(encodeChunk('iTXt', itxtData(keyword, text)), encodeChunk('IEND', new Uint8Array(0)));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
