/**
 * Which character separates the fields: comma, semicolon (Excel where the decimal mark
 * is a comma) or tab ("Text (Tab delimited)"), judged by the header line alone, outside
 * quotes. The one that occurs most wins; a tie or none at all means comma, the standard.
 */

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Names for messages and menus; a tab has no visible face. */
export const DELIMITER_NAMES: Readonly<Record<CsvDelimiter, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

const QUOTE = 0x22;

export function isCsvDelimiter(value: string): value is CsvDelimiter {
  return (CSV_DELIMITERS as readonly string[]).includes(value);
}

/** Counts candidates on the first non-blank line; quoted text (which may span lines) is skipped. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      quoted = !quoted;
      seen = true;
      continue;
    }
    if (quoted) continue;
    const char = text[i] as string;
    if (char === '\n' || char === '\r') {
      if (seen) break;
      continue;
    }
    if (char !== '\uFEFF') seen = true;
    if (isCsvDelimiter(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of CSV_DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}
