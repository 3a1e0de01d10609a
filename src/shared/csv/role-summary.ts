/** One line on the roles an import found and how, for the CLI's output and the dialog's counts. */
import { ROLE_KEYS, type CsvKindCounts, type CsvRoles, type RoleLists } from './roles';

const KIND_WORDS: readonly (readonly [keyof CsvKindCounts, string, string])[] = [
  ['pm', 'PM', 'PMs'],
  ['po', 'PO', 'POs'],
  ['team', 'Scrum team', 'Scrum teams'],
  ['internal', 'internal stakeholder', 'internal stakeholders'],
  ['external', 'external stakeholder', 'external stakeholders'],
  ['person', 'other person', 'other people'],
];

export function kindCountWords(kinds: CsvKindCounts): string[] {
  return KIND_WORDS.map(([key, one, many]) => `${kinds[key].toLocaleString('en-US')} ${kinds[key] === 1 ? one : many}`);
}

function listsText(lists: RoleLists): string {
  const parts = ROLE_KEYS.filter((role) => (lists[role] ?? []).length > 0).map(
    (role) => `${role}=${(lists[role] ?? []).join(',')}`,
  );
  return parts.length === 0 ? 'none' : parts.join(';');
}

export function describeRoles(roles: CsvRoles): string {
  return roles.by === 'title'
    ? `title patterns ${listsText(roles.patterns)}`
    : `column "${roles.column}": ${listsText(roles.values)}`;
}

/** `Roles: 2 PMs, 1 PO, … (by title patterns po=product owner;pm=product manager)`. */
export function describeKindCounts(kinds: CsvKindCounts, roles: CsvRoles): string {
  return `Roles: ${kindCountWords(kinds).join(', ')} (by ${describeRoles(roles)})`;
}

export interface CsvImportTotals {
  readonly reportingLines: number;
  /** Every row the import noted, skipped ones included. */
  readonly problems: number;
  readonly skippedRows: number;
}

/**
 * The import's summary line: people, Scrum teams and stakeholders counted apart (every imported row is one node,
 * but only PMs, POs and other people are people). With only people every line is a reporting line; teams and
 * stakeholders bring "member of" and "engages" lines, so then the lines are just lines. What the import noted is
 * said as rows skipped and CSV notes (a value shortened, a manager not found…), never as "problems": those are the
 * rule findings of the plan, which an import with no notes can still have.
 */
export function describeImportCounts(kinds: CsvKindCounts, totals: CsvImportTotals, grouped = true): string {
  // The CLI prints plain numbers (its output is parsed by scripts), the dialog groups thousands.
  const counted = (count: number, one: string, many: string): string =>
    `${grouped ? count.toLocaleString('en-US') : String(count)} ${count === 1 ? one : many}`;
  const people = kinds.pm + kinds.po + kinds.person;
  const stakeholders = kinds.internal + kinds.external;
  const parts = [counted(people, 'person', 'people')];
  if (kinds.team > 0) parts.push(counted(kinds.team, 'Scrum team', 'Scrum teams'));
  if (stakeholders > 0) parts.push(counted(stakeholders, 'stakeholder', 'stakeholders'));
  const onlyPeople = kinds.team === 0 && stakeholders === 0;
  parts.push(
    onlyPeople
      ? counted(totals.reportingLines, 'reporting line', 'reporting lines')
      : counted(totals.reportingLines, 'line', 'lines'),
    counted(totals.skippedRows, 'row skipped', 'rows skipped'),
    counted(totals.problems - totals.skippedRows, 'CSV note', 'CSV notes'),
  );
  return parts.join(', ');
}
