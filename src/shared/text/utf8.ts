/**
 * Strict UTF-8 decoding without TextDecoder (the pure core cannot assume it: lib ES2023,
 * no DOM). A plan decoded leniently would turn bad bytes into U+FFFD, and the next Save
 * would destroy the original bytes, so files are refused at the first malformed byte.
 */

export type Utf8Result = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly offset: number };

/** Length of the sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The allowed range of the second byte (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Decodes UTF-8, or names the byte offset of the first malformed sequence. A leading BOM is kept. */
export function decodeUtf8Strict(bytes: Uint8Array): Utf8Result {
  let text = '';
  const codes: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number;
    const length = sequenceLength(lead);
    if (length === 0 || i + length > bytes.length) return { ok: false, offset: i };
    let code = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] as number;
      const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (next < low || next > high) return { ok: false, offset: i };
      code = (code << 6) | (next & 0x3f);
    }
    codes.push(code);
    i += length;
    // Flush in slices: String.fromCodePoint with a huge argument list overflows the stack.
    if (codes.length >= 8192) text += String.fromCodePoint(...codes.splice(0));
  }
  return { ok: true, text: text + String.fromCodePoint(...codes) };
}
