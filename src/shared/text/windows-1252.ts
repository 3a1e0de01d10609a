/**
 * Windows-1252 decoding without TextDecoder (the pure core cannot assume it). Excel's
 * "CSV (Comma delimited)" on Windows writes this code page; it is also the fallback for
 * a CSV that is not valid UTF-8, as the WHATWG Encoding Standard does for "latin1".
 */

/**
 * Code points of bytes 0x80–0x9F; every other byte is its own code point (ISO-8859-1).
 * The five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the
 * same value, as the WHATWG index does, so decoding never fails.
 */
const HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
] as const;

/** Flushed in slices: String.fromCharCode with a huge argument list overflows the stack. */
const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const codes: number[] = [];
  for (const byte of bytes) {
    codes.push(byte >= 0x80 && byte <= 0x9f ? (HIGH[byte - 0x80] as number) : byte);
    if (codes.length >= CHUNK) text += String.fromCharCode(...codes.splice(0));
  }
  return text + String.fromCharCode(...codes);
}
