/** Reading a PNG's chunk structure, checking each chunk's CRC. Pure bytes; no DOM, no Node. */
import { crc32 } from './crc32';

export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The keyword of the chunk holding the plan in PNGs the app exports. */
export const PLAN_KEYWORD = 'org-planner';

export interface PngChunk {
  readonly type: string;
  /** Offset of the chunk's length field. */
  readonly offset: number;
  readonly data: Uint8Array;
}

/** What is wrong with a chunk, in the words a refusal uses. */
export type ChunkDamage =
  { readonly kind: 'crc'; readonly type: string } | { readonly kind: 'truncated'; readonly offset: number };

/** The chunks that passed their CRC, in order, and the first damage met (reading stops at a truncation). */
export interface ChunkScan {
  readonly chunks: readonly PngChunk[];
  readonly damage?: ChunkDamage;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

export function readU32(bytes: Uint8Array, at: number): number {
  return (
    ((((bytes[at] as number) << 24) | ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8)) +
      (bytes[at + 3] as number)) >>>
    0
  );
}

function typeOf(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0);
}

/**
 * Visits the chunks of a PNG in order (call `isPng` first) until `visit` returns true, never throwing, and
 * returns the first damage met: a chunk with a bad CRC is not visited and reading goes on past it (its
 * length still frames the file); a chunk whose length runs past the end of the file (0xFFFFFFFF, or a
 * cut-off download) ends the walk, as does IEND, and a file without IEND counts as cut short. Chunks are
 * handed over one at a time, so a file of millions of tiny chunks does not pile up objects.
 */
export function walkChunks(bytes: Uint8Array, visit: (chunk: PngChunk) => boolean): ChunkDamage | undefined {
  let damage: ChunkDamage | undefined;
  let at = 8;
  while (at < bytes.length) {
    const length = at + 8 <= bytes.length ? readU32(bytes, at) : Infinity;
    const end = at + 12 + length;
    if (end > bytes.length) break;
    const type = typeOf(bytes, at + 4);
    if (crc32(bytes, at + 4, at + 8 + length) === readU32(bytes, at + 8 + length)) {
      if (visit({ type, offset: at, data: bytes.subarray(at + 8, at + 8 + length) }) || type === 'IEND') return damage;
    } else damage ??= { kind: 'crc', type };
    at = end;
  }
  return damage ?? { kind: 'truncated', offset: at };
}

/** Every intact chunk, and the first damage (see walkChunks). */
export function scanChunks(bytes: Uint8Array): ChunkScan {
  const chunks: PngChunk[] = [];
  const damage = walkChunks(bytes, (chunk) => {
    chunks.push(chunk);
    return false;
  });
  return damage === undefined ? { chunks } : { chunks, damage };
}

/** The chunks in order; throws on a truncated file or a bad CRC. For PNGs we made ourselves (export). */
export function readChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new Error('not a PNG file');
  const { chunks, damage } = scanChunks(bytes);
  if (damage?.kind === 'crc') throw new Error(`bad CRC in the ${damage.type} chunk`);
  if (damage?.kind === 'truncated') throw new Error('truncated PNG chunk');
  return [...chunks];
}

/** True when a tEXt, zTXt or iTXt chunk's data starts with `keyword` and its NUL separator. */
export function hasKeyword(data: Uint8Array, keyword: string): boolean {
  if (data.length <= keyword.length || data[keyword.length] !== 0) return false;
  for (let i = 0; i < keyword.length; i++) if (data[i] !== keyword.charCodeAt(i)) return false;
  return true;
}
