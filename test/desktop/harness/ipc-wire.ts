/**
 * How IPC messages cross between the page (Chromium) and main (this Node
 * process): the page structured-clones the arguments first (so a function or
 * a DOM object fails as it would in Electron), then both sides send JSON in
 * which byte arrays travel as tagged base64. The same two functions are
 * written into the page by preload-script.ts, from their source text here.
 */

const BYTES_TAG = '\u0000bytes';

/** JSON with Uint8Array (and Buffer, a Uint8Array) as `{ "\u0000bytes": base64 }`. */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, replaced: unknown) {
    const original = this[key];
    if (original instanceof Uint8Array) return { [BYTES_TAG]: Buffer.from(original).toString('base64') };
    return replaced;
  });
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && BYTES_TAG in value) {
      const base64 = (value as Record<string, string>)[BYTES_TAG] ?? '';
      // A Uint8Array, not a Buffer: what Electron's structured clone hands to main.
      return new Uint8Array(Buffer.from(base64, 'base64'));
    }
    return value;
  });
}

/** The page's side of the wire, as source text (atob/btoa instead of Buffer). */
export const PAGE_WIRE_SOURCE = `
const BYTES_TAG = ${JSON.stringify(BYTES_TAG)};
const toBase64 = (bytes) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
const encodeWire = (value) => JSON.stringify(value, function (key, replaced) {
  const original = this[key];
  return original instanceof Uint8Array ? { [BYTES_TAG]: toBase64(original) } : replaced;
});
const decodeWire = (text) => JSON.parse(text, (key, value) => {
  if (typeof value !== 'object' || value === null || !(BYTES_TAG in value)) return value;
  return Uint8Array.from(atob(value[BYTES_TAG]), (c) => c.charCodeAt(0));
});
`;

/** What main's side answers an invoke with. */
export type InvokeReply =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };
