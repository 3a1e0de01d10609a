/**
 * UTF-16 decoding without TextDecoder, for Excel's "Unicode text" (UTF-16LE with a BOM).
 * Code units are copied as they are; an odd trailing byte cannot be part of any text and
 * is reported with its offset rather than dropped.
 */

export type Utf16Result =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly offset: number };

const CHUNK = 8192;

/** Decodes `bytes` from `start` (after a BOM, say) as UTF-16 in the given byte order. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, start = 0): Utf16Result {
  if ((bytes.length - start) % 2 !== 0) return { ok: false, offset: bytes.length - 1 };
  let text = '';
  const units: number[] = [];
  for (let i = start; i < bytes.length; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    units.push(littleEndian ? a | (b << 8) : (a << 8) | b);
    if (units.length >= CHUNK) text += String.fromCharCode(...units.splice(0));
  }
  return { ok: true, text: text + String.fromCharCode(...units) };
}
