/**
 * HR export (CSV) → Plan, as format.md's "CSV import" describes. Only a file
 * without a usable header is refused; everything else row-level (unknown
 * managers, duplicate or empty ids, empty names, self-management) is imported
 * as well as it can be and reported, so one bad row never blocks 1,500 good ones.
 */
import { layoutPlan } from '../layout/tree-layout';
import { emptyPlan, type NodeKind, type Plan, type PlanEdge, type PlanNode } from '../model/types';
import { hasUnsafeCharacters, removeUnsafeCharacters } from '../text/unsafe-characters';
import { resolveColumns, type ColumnIndexes, type CsvColumns, type CsvMapping } from './columns';
import { detectDelimiter, type CsvDelimiter } from './delimiter';
import type { CsvRefusal } from './refusal';
import { parseCsvDetailed } from './rfc4180';

export type { CsvColumns, CsvMapping } from './columns';
export type { CsvRefusal } from './refusal';

export interface CsvImportProblem {
  /** 1-based physical line where the row starts; the header is line 1 unless blank lines precede it. */
  row: number;
  message: string;
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
      counts: { people: number; reportingLines: number; problems: number };
      problems: CsvImportProblem[];
    }
  | { ok: false; refusal: CsvRefusal; headers: string[] };

export interface CsvImportOptions {
  columns?: CsvColumns | undefined;
  planName?: string | undefined;
  /** Set positions with the tree layout; default true. */
  layout?: boolean | undefined;
  /** Field separator; detected from the header line when not given. */
  delimiter?: CsvDelimiter | undefined;
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

export const DEFAULT_PLAN_NAME = 'Imported org';

export function kindFromTitle(title: string): NodeKind {
  const lower = title.toLowerCase();
  if (lower.includes('product owner')) return 'po';
  if (lower.includes('product manager')) return 'pm';
  return 'person';
}

/** A trimmed cell without characters no export can carry (they are reported per row). */
function cell(cells: readonly string[], index: number): string {
  return index < 0 ? '' : removeUnsafeCharacters((cells[index] ?? '').trim());
}

function usedCellsHaveUnsafeCharacters(cells: readonly string[], columns: ColumnIndexes): boolean {
  const used = [columns.id, columns.manager, columns.name, columns.first, columns.last, columns.title];
  return used.some((index) => index >= 0 && hasUnsafeCharacters(cells[index] ?? ''));
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
  const resolved = resolveColumns(headers, options.columns, delimiter);
  if (!resolved.ok) return { ok: false, refusal: resolved.refusal, headers };
  const { mapping, indexes } = resolved;

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

  const nodes: PlanNode[] = [];
  const firstRowOf = new Map<string, number>();
  const pending: PendingManager[] = [];
  let rows = 0;
  for (let r = 1; r < parsed.rows.length; r++) {
    if (r % PROGRESS_EVERY === 0) report({ stage: 'people', fraction: 0.5 + (0.2 * r) / parsed.rows.length });
    const cells = parsed.rows[r] ?? [];
    const row = parsed.lines[r] ?? 0;
    // Spreadsheets export trailing ",,,," rows; they are layout, not people.
    if (isBlank(cells)) continue;
    rows++;
    if (usedCellsHaveUnsafeCharacters(cells, indexes)) {
      problems.push({ row, message: 'control characters removed (they cannot be shown or exported)' });
    }
    const id = cell(cells, indexes.id);
    if (id === '') {
      problems.push({ row, message: `empty id in column "${mapping.id}"; row skipped` });
      continue;
    }
    const firstRow = firstRowOf.get(id);
    if (firstRow !== undefined) {
      problems.push({ row, message: `duplicate id "${id}" (first used on row ${firstRow}); row skipped` });
      continue;
    }
    firstRowOf.set(id, row);
    const name = nameOf(cells, indexes);
    if (hasNames && name === '') problems.push({ row, message: `empty name for id "${id}"; imported without a name` });
    const title = cell(cells, indexes.title);
    nodes.push({ id, kind: kindFromTitle(title), name, ...(title !== '' && { title }) });
    const managerId = cell(cells, indexes.manager);
    if (managerId !== '') pending.push({ personId: id, managerId, row });
  }

  // Managers are resolved after all rows: an HR export may list a report before its manager.
  const edges: PlanEdge[] = [];
  for (const { personId, managerId, row } of pending) {
    if (managerId === personId) {
      problems.push({ row, message: `"${personId}" is listed as their own manager; reporting line dropped` });
    } else if (!firstRowOf.has(managerId)) {
      problems.push({
        row,
        message: `manager id "${managerId}" of "${personId}" not found; imported without a manager`,
      });
    } else {
      edges.push({ id: `reports-to:${personId}`, kind: 'reports-to', source: personId, target: managerId });
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
    counts: { people: nodes.length, reportingLines: edges.length, problems: problems.length },
    problems,
  };
}
