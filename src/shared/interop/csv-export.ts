/**
 * Plan → CSV with the columns the CSV import reads (format.md "CSV import"):
 * `id`, `name`, `title`, `manager_id`, then `role` (the node kind), `level` and
 * `team` (the team's name) for people who edit in bulk in a spreadsheet, then each of the people's `fields`. One
 * row per person (PM, PO or other person) in plan order; teams and
 * stakeholders are not people and the importer would make them people, so they
 * are no rows. RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break. Cells that a spreadsheet would run as
 * a formula are escaped as OWASP's "CSV Injection" page advises (csv/formula-escape.ts); the importer
 * removes that apostrophe again, so a round trip keeps such names.
 */
import { escapeFormulaCell } from '../csv/formula-escape';
import type { CsvRoles } from '../csv/roles';
import { isPersonKind, type Plan, type PlanNode } from '../model/types';
import { removeUnsafeCharacters } from '../text/unsafe-characters';

export const CSV_EXPORT_COLUMNS = ['id', 'name', 'title', 'manager_id', 'role', 'level', 'team'] as const;

/**
 * How to read an exported CSV back with the importer: kinds from the `role` column (the dialog's "A column's
 * values", the CLI's `--role-column role --role-values 'pm=pm;po=po'`).
 */
export const CSV_EXPORT_ROLES: CsvRoles = { by: 'column', column: 'role', values: { pm: ['pm'], po: ['po'] } };

/** RFC 4180 quoting; formula-escaped cells are quoted too, as OWASP advises. */
function field(raw: string): string {
  const clean = removeUnsafeCharacters(raw);
  const value = escapeFormulaCell(clean);
  return /[",\r\n]/.test(value) || value !== clean ? `"${value.replace(/"/g, '""')}"` : value;
}

interface Relations {
  managerOf: Map<string, string>;
  teamOf: Map<string, string>;
}

/** Each person's first manager (reports-to target) and first team (member-of target), in edge order. */
function relations(plan: Plan): Relations {
  const teamNames = new Map(plan.nodes.filter((n) => n.kind === 'team').map((n) => [n.id, n.name]));
  const managerOf = new Map<string, string>();
  const teamOf = new Map<string, string>();
  for (const edge of plan.edges) {
    if (edge.kind === 'reports-to' && !managerOf.has(edge.source)) managerOf.set(edge.source, edge.target);
    const team = teamNames.get(edge.target);
    if (edge.kind === 'member-of' && team !== undefined && !teamOf.has(edge.source)) teamOf.set(edge.source, team);
  }
  return { managerOf, teamOf };
}

/** The people's `fields` (department, e-mail…) as extra columns, in the order they first appear. */
function fieldNames(plan: Plan): string[] {
  const names = new Set<string>();
  const fixed = new Set<string>(CSV_EXPORT_COLUMNS);
  for (const node of plan.nodes) {
    if (!isPersonKind(node.kind) || node.fields === undefined) continue;
    for (const name of Object.keys(node.fields)) if (!fixed.has(name)) names.add(name);
  }
  return [...names];
}

function row(node: PlanNode, { managerOf, teamOf }: Relations, fields: readonly string[]): string[] {
  const own = node.fields ?? {};
  return [
    node.id,
    node.name,
    node.title ?? '',
    managerOf.get(node.id) ?? '',
    node.kind,
    node.level === undefined ? '' : String(node.level),
    teamOf.get(node.id) ?? '',
    ...fields.map((name) => (Object.hasOwn(own, name) ? (own[name] ?? '') : '')),
  ];
}

/** The people's field names, as the export writes them as columns (for choosing which to keep). */
export function csvFieldColumns(plan: Plan): string[] {
  return fieldNames(plan);
}

/** `fields`: which of the people's fields become columns (all of them by default), in the plan's order. */
export function planToCsv(plan: Plan, options: { readonly fields?: readonly string[] } = {}): string {
  const related = relations(plan);
  const chosen = options.fields === undefined ? undefined : new Set(options.fields);
  const fields = fieldNames(plan).filter((name) => chosen === undefined || chosen.has(name));
  const lines = [[...CSV_EXPORT_COLUMNS, ...fields].map(field).join(',')];
  for (const node of plan.nodes) {
    if (isPersonKind(node.kind)) lines.push(row(node, related, fields).map(field).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
