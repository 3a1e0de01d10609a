/**
 * HR export (CSV) → Plan, as format.md's "CSV import" describes. Only a file
 * without a usable header is refused; everything else row-level (unknown
 * managers, duplicate or empty ids, empty names, self-management) is imported
 * as well as it can be and reported, so one bad row never blocks 1,500 good ones.
 */
import { layoutPlan } from '../layout/tree-layout';
import { emptyPlan, type NodeKind, type Plan, type PlanEdge, type PlanNode } from '../model/types';
import { MAX_FIELD_VALUE_LENGTH, MAX_PLAN_NODES } from '../model/limits';
import { hasUnsafeCharacters, removeUnsafeCharacters } from '../text/unsafe-characters';
import { resolveColumns, type ColumnIndexes, type CsvColumns, type CsvMapping } from './columns';
import { detectDelimiter, type CsvDelimiter } from './delimiter';
import { unescapeFormulaCell } from './formula-escape';
import { fieldColumns, rowFields } from './field-columns';
import { importedLine } from './import-lines';
import type { CsvRefusal } from './refusal';
import { parseCsvDetailed } from './rfc4180';
import {
  DEFAULT_ROLES,
  emptyKindCounts,
  kindOfRole,
  roleMatcher,
  type CsvKindCounts,
  type CsvRoles,
  type RoleKey,
} from './roles';

export type { CsvColumns, CsvMapping } from './columns';
export type { CsvRefusal } from './refusal';
export type { CsvKindCounts, CsvRoles, RoleKey } from './roles';

export interface CsvValueCount {
  readonly value: string;
  readonly count: number;
}

/** The role column's values shown to the user: the most common ones. */
const SHOWN_ROLE_VALUES = 20;

function commonValues(counts: ReadonlyMap<string, number>): CsvValueCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, SHOWN_ROLE_VALUES);
}

/** One of the first rows as the importer read it: what the dialog's preview shows. */
export interface CsvSampleRow {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly manager: string;
  /** Undefined: an ordinary person. */
  readonly role: RoleKey | undefined;
  readonly fields: Readonly<Record<string, string>>;
}

export interface CsvImportProblem {
  /** 1-based physical line where the row starts; the header is line 1 unless blank lines precede it. */
  row: number;
  message: string;
}

/** What an import made and what it noted; `problems` counts every noted row, `skippedRows` those left out. */
export interface CsvImportCounts {
  readonly people: number;
  readonly reportingLines: number;
  readonly problems: number;
  /** Rows not imported (an empty or duplicate id); each is also one of the problems. */
  readonly skippedRows: number;
}

export type CsvImportResult =
  | {
      ok: true;
      plan: Plan;
      headers: string[];
      mapping: CsvMapping;
      /** The field separator used: the one chosen, or the one detected from the header line. */
      delimiter: CsvDelimiter;
      /** Data records read (header and blank lines not counted; rows skipped with a problem are). */
      rows: number;
      counts: CsvImportCounts;
      /** Nodes made of each kind (people, teams, stakeholders by scope). */
      kinds: CsvKindCounts;
      /** Header names kept as each person's `fields`. */
      fieldNames: string[];
      /** The first rows, as imported. */
      sample: CsvSampleRow[];
      /** With roles from a column: its most common values, for choosing which mean what. */
      roleValues: CsvValueCount[];
      problems: CsvImportProblem[];
    }
  | { ok: false; refusal: CsvRefusal; headers: string[] };

export interface CsvImportOptions {
  columns?: CsvColumns | undefined;
  /** How roles are found; default: the title patterns "product owner" and "product manager". */
  roles?: CsvRoles | undefined;
  planName?: string | undefined;
  /** Set positions with the tree layout; default true. */
  layout?: boolean | undefined;
  /** Field separator; detected from the header line when not given. */
  delimiter?: CsvDelimiter | undefined;
  /** Most data rows imported; more are refused before any node is built. Defaults to MAX_PLAN_NODES; tests lower it. */
  maxRows?: number | undefined;
  /** Hears how far the import is, for a progress bar (the app runs it in a worker). */
  onProgress?: ((progress: CsvProgress) => void) | undefined;
}

/** Which step is running and how far the whole import is, 0 to 1. */
export interface CsvProgress {
  readonly stage: 'decoding' | 'reading' | 'people' | 'layout';
  readonly fraction: number;
}

/** Rows between two progress reports: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 5000;
const SAMPLE_ROWS = 5;

export const DEFAULT_PLAN_NAME = 'Imported org';

const defaultRole = roleMatcher(DEFAULT_ROLES);

/** The kind the default title patterns give a title. */
export function kindFromTitle(title: string): NodeKind {
  return kindOfRole(defaultRole(title)).kind;
}

/**
 * A trimmed cell without characters no export can carry (they are reported per row), and without the
 * apostrophe our CSV export puts before a formula-like value (OWASP escaping).
 */
function cell(cells: readonly string[], index: number): string {
  return index < 0 ? '' : unescapeFormulaCell(removeUnsafeCharacters((cells[index] ?? '').trim()));
}

function usedColumns(columns: ColumnIndexes, role: number): number[] {
  return [columns.id, columns.manager, columns.name, columns.first, columns.last, columns.title, role].filter(
    (index) => index >= 0,
  );
}

function usedCellsHaveUnsafeCharacters(cells: readonly string[], used: readonly number[]): boolean {
  return used.some((index) => hasUnsafeCharacters(cells[index] ?? ''));
}

function nameOf(cells: readonly string[], columns: ColumnIndexes): string {
  if (columns.first >= 0) return [cell(cells, columns.first), cell(cells, columns.last)].filter(Boolean).join(' ');
  return cell(cells, columns.name);
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((value) => value.trim() === '');
}

interface PendingManager {
  readonly personId: string;
  readonly managerId: string;
  readonly row: number;
}

export function importCsv(text: string, options: CsvImportOptions = {}): CsvImportResult {
  const report = options.onProgress ?? (() => undefined);
  report({ stage: 'reading', fraction: 0.2 });
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const parsed = parseCsvDetailed(text, delimiter);
  const headerCells = parsed.rows[0];
  if (headerCells === undefined) return { ok: false, refusal: { kind: 'empty' }, headers: [] };
  const headers = headerCells.map((header) => header.trim());
  // Refused before the heavy part (nodes, lines, layout): each data row would be a node.
  const limit = options.maxRows ?? MAX_PLAN_NODES;
  if (parsed.rows.length - 1 > limit) {
    // Blank rows are not people: counted only on this rare path.
    const dataRows = parsed.rows.slice(1).filter((cells) => !isBlank(cells)).length;
    if (dataRows > limit) return { ok: false, refusal: { kind: 'too-many-rows', rows: dataRows, limit }, headers };
  }
  const resolved = resolveColumns(headers, options.columns, delimiter);
  if (!resolved.ok) return { ok: false, refusal: resolved.refusal, headers };
  const { mapping, indexes } = resolved;
  const roles = options.roles ?? DEFAULT_ROLES;
  const roleIndex =
    roles.by === 'column'
      ? headers.findIndex((header) => header.toLowerCase() === roles.column.trim().toLowerCase())
      : -1;
  if (roles.by === 'column' && roleIndex < 0) {
    return { ok: false, refusal: { kind: 'missing-column', field: 'role', wanted: roles.column, headers }, headers };
  }
  const roleOf = roleMatcher(roles);
  const used = usedColumns(indexes, roleIndex);
  const kept = fieldColumns(headers, new Set(used));

  const problems: CsvImportProblem[] = parsed.problems.map((problem) => ({
    row: problem.line,
    message: problem.message,
  }));
  const headerRow = parsed.lines[0] ?? 1;
  const hasNames = mapping.name !== undefined;
  if (!hasNames) {
    problems.push({
      row: headerRow,
      message:
        'no name column (expected "name", "full name", "full_name", or "first name" + "last name"); people are imported without names',
    });
  }
  for (const message of kept.problems) problems.push({ row: headerRow, message });
  const checked = [...used, ...kept.columns.map((column) => column.index)];
  const kinds = emptyKindCounts();
  const sample: CsvSampleRow[] = [];
  const roleCells = new Map<string, number>();

  const nodes: PlanNode[] = [];
  const firstRowOf = new Map<string, number>();
  const pending: PendingManager[] = [];
  let rows = 0;
  let skippedRows = 0;
  for (let r = 1; r < parsed.rows.length; r++) {
    if (r % PROGRESS_EVERY === 0) report({ stage: 'people', fraction: 0.5 + (0.2 * r) / parsed.rows.length });
    const cells = parsed.rows[r] ?? [];
    const row = parsed.lines[r] ?? 0;
    // Spreadsheets export trailing ",,,," rows; they are layout, not people.
    if (isBlank(cells)) continue;
    rows++;
    if (usedCellsHaveUnsafeCharacters(cells, checked)) {
      problems.push({ row, message: 'control characters removed (they cannot be shown or exported)' });
    }
    const id = cell(cells, indexes.id);
    if (id === '') {
      problems.push({ row, message: `empty id in column "${mapping.id}"; row skipped` });
      skippedRows++;
      continue;
    }
    const firstRow = firstRowOf.get(id);
    if (firstRow !== undefined) {
      problems.push({ row, message: `duplicate id "${id}" (first used on row ${firstRow}); row skipped` });
      skippedRows++;
      continue;
    }
    firstRowOf.set(id, row);
    const name = nameOf(cells, indexes);
    if (hasNames && name === '') problems.push({ row, message: `empty name for id "${id}"; imported without a name` });
    const title = cell(cells, indexes.title);
    const roleCell = roles.by === 'title' ? title : cell(cells, roleIndex);
    if (roles.by === 'column') roleCells.set(roleCell, (roleCells.get(roleCell) ?? 0) + 1);
    const role = roleOf(roleCell);
    const { kind, scope } = kindOfRole(role);
    kinds[role ?? 'person']++;
    const { fields, shortened } = rowFields(cells, kept.columns, (index) => cell(cells, index));
    for (const column of shortened)
      problems.push({ row, message: `"${column}" shortened to ${MAX_FIELD_VALUE_LENGTH} characters` });
    nodes.push({
      id,
      kind,
      name,
      ...(title !== '' && { title }),
      ...(scope !== undefined && { scope }),
      ...(fields !== undefined && { fields }),
    });
    const managerId = cell(cells, indexes.manager);
    if (managerId !== '') pending.push({ personId: id, managerId, row });
    if (sample.length < SAMPLE_ROWS) sample.push({ id, name, title, manager: managerId, role, fields: fields ?? {} });
  }

  // Managers are resolved after all rows: an HR export may list a report before its manager.
  const edges: PlanEdge[] = [];
  const kindOf = new Map(nodes.map((node) => [node.id, node.kind]));
  for (const { personId, managerId, row } of pending) {
    if (managerId === personId) {
      problems.push({ row, message: `"${personId}" is listed as their own manager; reporting line dropped` });
    } else if (!firstRowOf.has(managerId)) {
      problems.push({
        row,
        message: `manager id "${managerId}" of "${personId}" not found; imported without a manager`,
      });
    } else {
      const line = importedLine(
        { id: personId, kind: kindOf.get(personId) ?? 'person' },
        { id: managerId, kind: kindOf.get(managerId) ?? 'person' },
      );
      if (line !== undefined) edges.push(line);
      else
        problems.push({
          row,
          message: `no line can join "${personId}" to its manager "${managerId}" (their roles); line dropped`,
        });
    }
  }
  // Stable sort: row order, and within a row, parse problems before row problems before manager problems.
  problems.sort((a, b) => a.row - b.row);

  const base = emptyPlan(options.planName ?? DEFAULT_PLAN_NAME);
  const imported: Plan = { ...base, nodes, edges };
  if (options.layout !== false) report({ stage: 'layout', fraction: 0.7 });
  const plan = options.layout === false ? imported : layoutPlan(imported);
  return {
    ok: true,
    plan,
    headers,
    mapping,
    delimiter,
    rows,
    counts: { people: nodes.length, reportingLines: edges.length, problems: problems.length, skippedRows },
    kinds,
    fieldNames: kept.columns.map((column) => column.name),
    sample,
    roleValues: commonValues(roleCells),
    problems,
  };
}
