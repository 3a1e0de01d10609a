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
