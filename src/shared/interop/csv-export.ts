/**
 * Plan → CSV with the columns the CSV import reads (format.md "CSV import"):
 * `id`, `name`, `title`, `manager_id`, then `role` (the node kind), `level` and
 * `team` (the team's name) for people who edit in bulk in a spreadsheet. One
 * row per person (PM, PO or other person) in plan order; teams and
 * stakeholders are not people and the importer would make them people, so they
 * are no rows. RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break. Cells that a spreadsheet would run as
 * a formula are escaped as OWASP's "CSV Injection" page advises.
 */
import { isPersonKind, type Plan, type PlanNode } from '../model/types';
import { removeUnsafeCharacters } from '../text/unsafe-characters';

export const CSV_EXPORT_COLUMNS = ['id', 'name', 'title', 'manager_id', 'role', 'level', 'team'] as const;

/** What makes Excel, LibreOffice and Google Sheets read a cell as a formula (OWASP): = + - @, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would evaluate gets a leading apostrophe, so "=HYPERLINK(…)" shows as text. The
 * apostrophe is part of the cell for every other reader (our importer included), so the value changes.
 */
export function escapeFormulaCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

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

function row(node: PlanNode, { managerOf, teamOf }: Relations): string[] {
  return [
    node.id,
    node.name,
    node.title ?? '',
    managerOf.get(node.id) ?? '',
    node.kind,
    node.level === undefined ? '' : String(node.level),
    teamOf.get(node.id) ?? '',
  ];
}

export function planToCsv(plan: Plan): string {
  const related = relations(plan);
  const lines = [CSV_EXPORT_COLUMNS.join(',')];
  for (const node of plan.nodes) {
    if (isPersonKind(node.kind)) lines.push(row(node, related).map(field).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
