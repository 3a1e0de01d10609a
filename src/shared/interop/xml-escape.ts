/**
 * Text for the diagram formats' XML (draw.io, GraphML). Unlike the SVG
 * export's escaping (one-line card text), line breaks and tabs are kept, as
 * character references, so a two-line label stays two lines in an attribute.
 * Characters XML 1.0 cannot hold at all are dropped (format.md, "Characters in names").
 */
import { removeUnsafeCharacters } from '../text/unsafe-characters';

const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Safe in element content and in single- or double-quoted attributes. */
export function xmlText(text: string): string {
  return removeUnsafeCharacters(text).replace(/[&<>"'\t\n\r]/g, (char) => REFERENCES[char] ?? char);
}

/** ` name="value"` for each entry, escaped. */
export function xmlAttributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlText(String(value))}"`)
    .join('');
}
