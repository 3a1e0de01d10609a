/**
 * Strict UTF-8 decoding: validated here, so the offset of a bad byte can be named (the core
 * cannot assume TextDecoder: lib ES2023, no DOM, though it uses one where there is one). A
 * plan decoded leniently would turn bad bytes into U+FFFD, and the next Save
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

/** The offset of the first malformed sequence, or -1 when all of `bytes` is well-formed UTF-8. */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const lead = bytes[i] as number;
    // ASCII, what a plan file is mostly made of: one comparison a byte.
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0 || i + length > n) return i;
    const [low, high] = secondByteRange(lead);
    const second = bytes[i + 1] as number;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** The platform's decoder where there is one (every browser, Electron and Node have it; the core's types do not say so). */
type Decoder = { decode(bytes: Uint8Array): string };
const platformDecoder: Decoder | undefined = (() => {
  const Ctor = (globalThis as { TextDecoder?: new (label: string, options: { ignoreBOM: boolean }) => Decoder })
    .TextDecoder;
  // ignoreBOM keeps a leading BOM in the text, as the decoder below does (callers drop it themselves).
  return Ctor === undefined ? undefined : new Ctor('utf-8', { ignoreBOM: true });
})();

/** Decodes well-formed UTF-8 without the platform’s decoder (a core without TextDecoder): code points in slices. */
export function decodeInScript(bytes: Uint8Array): string {
  let text = '';
  const codes: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number;
    const length = sequenceLength(lead);
    let code = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) code = (code << 6) | ((bytes[i + k] as number) & 0x3f);
    codes.push(code);
    i += length;
    // Flush in slices: String.fromCodePoint with a huge argument list overflows the stack.
    if (codes.length >= 8192) text += String.fromCodePoint(...codes.splice(0));
  }
  return text + String.fromCodePoint(...codes);
}

/**
 * Decodes UTF-8, or names the byte offset of the first malformed sequence. A
 * leading BOM is kept. Validation is this module's own (RFC 3629, the same
 * rules as a fatal TextDecoder); once the bytes are known to be well-formed,
 * the platform's decoder turns them into text, which is several times faster
 * than building the string here and holds no array of code points.
 */
export function decodeUtf8Strict(bytes: Uint8Array): Utf8Result {
  const bad = firstBadUtf8Byte(bytes);
  if (bad >= 0) return { ok: false, offset: bad };
  return { ok: true, text: platformDecoder === undefined ? decodeInScript(bytes) : platformDecoder.decode(bytes) };
}
