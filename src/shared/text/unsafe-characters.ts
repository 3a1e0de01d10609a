/**
 * Characters that no export can carry: C0 controls other than tab, LF and CR, the
 * non-characters U+FFFE and U+FFFF, and unpaired surrogates. XML 1.0 forbids them, so an
 * SVG holding one is not an image at all (and a PNG drawn from it fails). They are
 * invisible in the app, so docs/format.md ("Characters in names") has the CSV importer
 * remove them with a problem per row, and every export remove them from its output.
 */

const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is this module's job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/** The text without the characters above; everything else is kept as it is. */
export function removeUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE, '');
}
