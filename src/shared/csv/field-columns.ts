/**
 * The columns an import keeps as each person's `fields` (department, location, e-mail,
 * photo URL…): every column not already read as id, manager, name, title or role, within
 * the limits of a node's fields. Columns that cannot be kept are reported once, on the header.
 */
import { fieldNameProblem } from '../model/node-fields';
import { MAX_FIELD_VALUE_LENGTH, MAX_NODE_FIELDS } from '../model/limits';

export interface FieldColumn {
  readonly index: number;
  readonly name: string;
}

export interface FieldColumns {
  readonly columns: readonly FieldColumn[];
  /** Sentences about columns left out, for the header row's problems. */
  readonly problems: readonly string[];
}

export function fieldColumns(headers: readonly string[], used: ReadonlySet<number>): FieldColumns {
  const columns: FieldColumn[] = [];
  const problems: string[] = [];
  const names = new Set<string>();
  const over: string[] = [];
  headers.forEach((header, index) => {
    const name = header.trim();
    if (used.has(index) || name === '') return;
    const problem = fieldNameProblem(name);
    if (problem !== undefined) problems.push(`column "${name.slice(0, 40)}" is not kept: ${problem}`);
    else if (names.has(name)) problems.push(`column "${name}" appears twice; only the first is kept`);
    else if (columns.length >= MAX_NODE_FIELDS) over.push(name);
    else {
      names.add(name);
      columns.push({ index, name });
    }
  });
  if (over.length > 0) {
    problems.push(`${over.length} more columns not kept (at most ${MAX_NODE_FIELDS} per person): ${over.join(', ')}`);
  }
  return { columns, problems };
}

/** One person's fields from their row; empty cells are left out. `clean` trims and removes unsafe characters. */
export function rowFields(
  cells: readonly string[],
  columns: readonly FieldColumn[],
  clean: (index: number) => string,
): { fields: Record<string, string> | undefined; shortened: string[] } {
  const entries: [string, string][] = [];
  const shortened: string[] = [];
  for (const { index, name } of columns) {
    if (index >= cells.length) continue;
    const value = clean(index);
    if (value === '') continue;
    if (value.length > MAX_FIELD_VALUE_LENGTH) shortened.push(name);
    entries.push([name, value.slice(0, MAX_FIELD_VALUE_LENGTH)]);
  }
  // fromEntries defines own properties, whatever the column is called.
  return { fields: entries.length === 0 ? undefined : Object.fromEntries(entries), shortened };
}
