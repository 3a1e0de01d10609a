/**
 * PNG chunks: list them, and write or read an uncompressed iTXt text chunk
 * (keyword, UTF-8 text). An exported PNG carries the plan's JSON this way so
 * that it can be opened again as a plan. Pure bytes; no DOM, no Node.
 */
import { crc32 } from './crc32';
import { decodeUtf8, encodeUtf8 } from './utf8';

export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The keyword of the chunk holding the plan in PNGs the app exports. */
export const PLAN_KEYWORD = 'org-planner';

export interface PngChunk {
  readonly type: string;
  /** Offset of the chunk's length field. */
  readonly offset: number;
  readonly data: Uint8Array;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (
    ((((bytes[at] as number) << 24) | ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8)) +
      (bytes[at + 3] as number)) >>>
    0
  );
}

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

function typeOf(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}

/** The chunks in order; throws on a truncated file or a bad CRC, so corrupt data is never trusted. */
export function readChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new Error('not a PNG file');
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = readU32(bytes, at);
    const end = at + 12 + length;
    if (end > bytes.length) throw new Error('truncated PNG chunk');
    const type = typeOf(bytes, at + 4);
    if (crc32(bytes, at + 4, at + 8 + length) !== readU32(bytes, at + 8 + length))
      throw new Error(`bad CRC in the ${type} chunk`);
    chunks.push({ type, offset: at, data: bytes.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') break;
  }
  return chunks;
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
    if (chunk.type === 'iTXt' && readItxt(chunk.data)?.keyword === keyword) continue;
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

function readItxt(data: Uint8Array): { keyword: string; text: string } | undefined {
  const nul = data.indexOf(0);
  if (nul < 0 || data[nul + 1] !== 0) return undefined; // compressed iTXt is never written by us
  const lang = data.indexOf(0, nul + 3);
  const translated = lang < 0 ? -1 : data.indexOf(0, lang + 1);
  if (translated < 0) return undefined;
  return { keyword: decodeUtf8(data.subarray(0, nul)), text: decodeUtf8(data.subarray(translated + 1)) };
}

/** The text of the first iTXt (or Latin-1 tEXt) chunk named `keyword`; undefined when there is none. */
export function readTextChunk(png: Uint8Array, keyword: string): string | undefined {
  for (const chunk of readChunks(png)) {
    if (chunk.type === 'iTXt') {
      const found = readItxt(chunk.data);
      if (found?.keyword === keyword) return found.text;
    } else if (chunk.type === 'tEXt') {
      const nul = chunk.data.indexOf(0);
      if (nul >= 0 && String.fromCharCode(...chunk.data.subarray(0, nul)) === keyword) {
        let text = '';
        for (const b of chunk.data.subarray(nul + 1)) text += String.fromCharCode(b);
        return text;
      }
    }
  }
  return undefined;
}
