/**
 * d3-org-chart's data as JSON — an array of flat objects such as `{ "id": "O-1", "parentId": "", "name":
 * "Ian", "positionName": "CTO" }`, the same shape as its CSV — turned into CSV text, so the importer (its
 * column matching, roles, fields and checks) reads it as it reads that CSV. Headers are the objects' keys
 * in the order they first appear; numbers and booleans become their text, null an empty cell, an array of
 * plain values its items joined by commas (d3-org-chart's `tags`), any other value its JSON.
 */
import { escapeFormulaCell } from './formula-escape';

export type JsonRowsResult = { ok: true; text: string } | { ok: false; message: string };

/** A JSON array: the text's first character after a byte order mark and white space is `[`. */
export function looksLikeJsonRows(text: string): boolean {
  return /^\uFEFF?\s*\[/.test(text);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object'))
    return value.map((item) => cellText(item)).join(',');
  return JSON.stringify(value);
}

/** RFC 4180 quoting, and the export's formula escape, which the importer removes again. */
function field(raw: string): string {
  const value = escapeFormulaCell(raw);
  return /[",\r\n]/.test(value) || value !== raw ? `"${value.replace(/"/g, '""')}"` : value;
}

export function jsonRowsToCsv(text: string): JsonRowsResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `the file starts like JSON but is not valid JSON (${String(error)})` };
  }
  if (!Array.isArray(data)) return { ok: false, message: 'a JSON file must be an array of people' };
  const rows: Record<string, unknown>[] = [];
  for (const [index, item] of data.entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return {
        ok: false,
        message: `item ${index + 1} of the JSON array is not an object like {"id": …, "parentId": …}`,
      };
    rows.push(item as Record<string, unknown>);
  }
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
    }
  }
  if (headers.length === 0) return { ok: false, message: 'the JSON array holds no people' };
  const lines = [headers.map(field).join(',')];
  for (const row of rows)
    lines.push(headers.map((key) => field(Object.hasOwn(row, key) ? cellText(row[key]) : '')).join(','));
  return { ok: true, text: `${lines.join('\r\n')}\r\n` };
}
