/**
 * How an import tells PMs, POs, Scrum teams and stakeholders from other people: by
 * patterns in the job title (the default: "product owner", "product manager"), or by
 * a column whose values name the role. Pure data and matching, shared by the app's
 * import dialog and the CLI's flags, so both read a file the same way.
 */
import type { NodeKind, Scope } from '../model/types';

/** The roles an import can give, in the order they are tried: the first that matches wins. */
export const ROLE_KEYS = ['po', 'pm', 'team', 'internal', 'external'] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export const ROLE_LABELS: Readonly<Record<RoleKey, string>> = {
  po: 'PO',
  pm: 'PM',
  team: 'Scrum team',
  internal: 'Internal stakeholder',
  external: 'External stakeholder',
};

/** Per role, the title patterns or column values that mean it; a role left out matches nothing. */
export type RoleLists = Readonly<Partial<Record<RoleKey, readonly string[]>>>;

export type CsvRoles =
  | { readonly by: 'title'; readonly patterns: RoleLists }
  | { readonly by: 'column'; readonly column: string; readonly values: RoleLists };

/** What the importer did before roles could be chosen, now shown and editable. */
export const DEFAULT_TITLE_PATTERNS: RoleLists = { po: ['product owner'], pm: ['product manager'] };
export const DEFAULT_ROLES: CsvRoles = { by: 'title', patterns: DEFAULT_TITLE_PATTERNS };

/** What a role makes: the node's kind and, for stakeholders, its scope. */
export function kindOfRole(role: RoleKey | undefined): { kind: NodeKind; scope?: Scope } {
  switch (role) {
    case 'po':
    case 'pm':
    case 'team':
      return { kind: role };
    case 'internal':
    case 'external':
      return { kind: 'stakeholder', scope: role };
    case undefined:
      return { kind: 'person' };
  }
}

function normal(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The lists cleaned once per import: lower case, single spaces, no empty entries. */
function cleaned(lists: RoleLists): [RoleKey, string[]][] {
  return ROLE_KEYS.map((role): [RoleKey, string[]] => [role, (lists[role] ?? []).map(normal).filter(Boolean)]).filter(
    ([, list]) => list.length > 0,
  );
}

/**
 * The role of one row: `text` is the title (patterns match anywhere in it) or the role
 * column's cell (values match the whole cell), both ignoring case and extra spaces.
 */
export function roleMatcher(roles: CsvRoles): (text: string) => RoleKey | undefined {
  const lists = cleaned(roles.by === 'title' ? roles.patterns : roles.values);
  const whole = roles.by === 'column';
  return (text) => {
    const value = normal(text);
    if (value === '') return undefined;
    for (const [role, list] of lists) {
      if (list.some((entry) => (whole ? value === entry : value.includes(entry)))) return role;
    }
    return undefined;
  };
}

function isRoleKey(text: string): text is RoleKey {
  return (ROLE_KEYS as readonly string[]).includes(text);
}

/**
 * `po=product owner,scrum master;pm=product manager` → lists, as the CLI's
 * `--title-patterns` and `--role-values` take them; a sentence for the user when it is not.
 */
export function parseRoleLists(text: string): { ok: true; lists: RoleLists } | { ok: false; message: string } {
  const lists: Partial<Record<RoleKey, string[]>> = {};
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const role = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (eq < 0 || !isRoleKey(role)) {
      return {
        ok: false,
        message: `"${part.trim()}" should be ROLE=value,value with ROLE one of ${ROLE_KEYS.join(', ')}`,
      };
    }
    lists[role] = [...(lists[role] ?? []), ...splitList(part.slice(eq + 1))];
  }
  return { ok: true, lists };
}

/** A comma-separated list as the dialog's fields hold it. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

export function joinList(list: readonly string[] | undefined): string {
  return (list ?? []).join(', ');
}

/** How many nodes of each kind an import made, stakeholders split by scope. */
export type CsvKindCounts = Record<'pm' | 'po' | 'person' | 'team' | 'internal' | 'external', number>;

export function emptyKindCounts(): CsvKindCounts {
  return { pm: 0, po: 0, person: 0, team: 0, internal: 0, external: 0 };
}
