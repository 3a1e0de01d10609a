/**
 * Which CSV column holds what: the header candidates of format.md's
 * "CSV import", or the user's overrides, matched case-insensitively after
 * trimming. The first column with a matching header wins.
 */
import type { CsvDelimiter } from './delimiter';
import type { CsvRefusal } from './refusal';

/** Header names chosen by the user or CLI flags (`--id`, `--manager`, `--name`, `--title`). */
export interface CsvColumns {
  // `| undefined` so callers can pass optional flags straight through (exactOptionalPropertyTypes).
  readonly id?: string | undefined;
  readonly manager?: string | undefined;
  readonly name?: string | undefined;
  readonly title?: string | undefined;
}

/** The header names actually used, as they are spelled in the file. */
export interface CsvMapping {
  id: string;
  manager?: string;
  name?: string | { first: string; last: string };
  title?: string;
}

/** Column indexes behind a mapping; -1 means "no such column". */
export interface ColumnIndexes {
  readonly id: number;
  readonly manager: number;
  readonly name: number;
  readonly first: number;
  readonly last: number;
  readonly title: number;
}

export const DEFAULT_HEADERS = {
  id: ['id', 'employee id', 'employee_id'],
  manager: ['parentId', 'manager id', 'manager_id', 'reports to', 'managerId'],
  name: ['name', 'full name', 'full_name'],
  firstName: 'first name',
  lastName: 'last name',
  title: ['title', 'job title', 'positionName', 'position'],
} as const;

export type ColumnResolution =
  { ok: true; mapping: CsvMapping; indexes: ColumnIndexes } | { ok: false; refusal: CsvRefusal };

function normal(header: string): string {
  return header.trim().toLowerCase();
}

/**
 * The columns a user can choose by name (the import dialog's column lists): each once, as resolveColumns matches a
 * name (trimmed, any case, the first such column wins), spelled as in the file; a blank header cannot be chosen.
 */
export function csvColumnChoices(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  const choices: string[] = [];
  for (const header of headers) {
    const key = normal(header);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    choices.push(header.trim());
  }
  return choices;
}

/** `delimiter` is only reported back: a missing id column is often a file split at the wrong separator. */
export function resolveColumns(
  headers: readonly string[],
  overrides: CsvColumns = {},
  delimiter: CsvDelimiter = ',',
): ColumnResolution {
  const positions = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = normal(header);
    if (key !== '' && !positions.has(key)) positions.set(key, index);
  });
  const found = (name: string): number => positions.get(normal(name)) ?? -1;
  const firstOf = (names: readonly string[]): number => {
    for (const name of names) {
      const index = found(name);
      if (index >= 0) return index;
    }
    return -1;
  };
  const trimmed = headers.map((header) => header.trim());

  // An override naming a missing column is a mistake worth stopping for, not a silent fallback.
  for (const field of ['id', 'manager', 'name', 'title'] as const) {
    const wanted = overrides[field];
    if (wanted !== undefined && found(wanted) < 0) {
      return { ok: false, refusal: { kind: 'missing-column', field, wanted, headers: trimmed } };
    }
  }

  const pick = (field: 'id' | 'manager' | 'title'): number => {
    const wanted = overrides[field];
    return wanted !== undefined ? found(wanted) : firstOf(DEFAULT_HEADERS[field]);
  };
  const id = pick('id');
  if (id < 0) {
    return { ok: false, refusal: { kind: 'no-id-column', expected: DEFAULT_HEADERS.id, headers: trimmed, delimiter } };
  }
  const manager = pick('manager');
  const title = pick('title');
  let name = overrides.name !== undefined ? found(overrides.name) : firstOf(DEFAULT_HEADERS.name);
  let first = -1;
  let last = -1;
  if (name < 0) {
    first = found(DEFAULT_HEADERS.firstName);
    last = found(DEFAULT_HEADERS.lastName);
    if (first < 0 || last < 0) first = last = -1;
  }
  if (first >= 0) name = -1;

  const header = (index: number): string => (headers[index] ?? '').trim();
  const mapping: CsvMapping = { id: header(id) };
  if (manager >= 0) mapping.manager = header(manager);
  if (name >= 0) mapping.name = header(name);
  else if (first >= 0) mapping.name = { first: header(first), last: header(last) };
  if (title >= 0) mapping.title = header(title);
  return { ok: true, mapping, indexes: { id, manager, name, first, last, title } };
}
