/**
 * Text that is safe inside SVG (XML 1.0): characters XML cannot hold at all
 * (C0 controls but tab, newline and return; U+FFFE, U+FFFF; unpaired
 * surrogates) are dropped, and markup characters are escaped. A name can then
 * hold anything and the export still parses.
 */

/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** The text without characters XML 1.0 forbids; tabs and line breaks become spaces (a card line is one line). */
export function stripForXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[\t\n\r]/g, ' ');
}

/** Escaped for element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return stripForXml(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
