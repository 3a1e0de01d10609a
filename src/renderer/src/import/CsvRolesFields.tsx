/**
 * The import dialog's roles step: find PMs, POs, Scrum teams and stakeholders by patterns
 * in the job title (the defaults shown, editable) or by a column and which of its values
 * mean each role. Every edit is reported at once; the dialog lets the preview wait for a pause.
 */
import { useEffect, useState } from 'react';
import {
  DEFAULT_TITLE_PATTERNS,
  joinList,
  ROLE_KEYS,
  ROLE_LABELS,
  splitList,
  type CsvRoles,
  type RoleKey,
  type RoleLists,
} from '@shared/csv/roles';
import type { CsvValueCount } from '@shared/csv/import-csv';
import { CsvColumnField } from './CsvColumnField';

type Texts = Readonly<Record<RoleKey, string>>;

function textsOf(lists: RoleLists): Texts {
  return Object.fromEntries(ROLE_KEYS.map((role) => [role, joinList(lists[role])])) as Record<RoleKey, string>;
}

/** Roles left empty are left out, so the untouched defaults equal DEFAULT_TITLE_PATTERNS and start no new preview. */
function listsOf(texts: Texts): RoleLists {
  return Object.fromEntries(
    ROLE_KEYS.map((role) => [role, splitList(texts[role])] as const).filter(([, list]) => list.length > 0),
  );
}

const EMPTY_TEXTS = textsOf({});

export function CsvRolesFields({
  headers,
  roleValues,
  onChange,
}: {
  readonly headers: readonly string[];
  readonly roleValues: readonly CsvValueCount[];
  readonly onChange: (roles: CsvRoles) => void;
}) {
  const [by, setBy] = useState<'title' | 'column'>('title');
  const [patterns, setPatterns] = useState<Texts>(() => textsOf(DEFAULT_TITLE_PATTERNS));
  const [values, setValues] = useState<Texts>(EMPTY_TEXTS);
  const [column, setColumn] = useState('');

  useEffect(() => {
    const roles: CsvRoles =
      by === 'column' && column !== ''
        ? { by: 'column', column, values: listsOf(values) }
        : { by: 'title', patterns: by === 'title' ? listsOf(patterns) : {} };
    onChange(roles);
  }, [by, patterns, values, column, onChange]);

  const texts = by === 'title' ? patterns : values;
  const setTexts = by === 'title' ? setPatterns : setValues;
  return (
    <fieldset className="op-csv__roles" data-testid="csv-roles">
      <legend>Roles</legend>
      <div className="op-csv__mapping">
        <label className="op-field">
          <span>Find roles by</span>
          <select
            data-testid="csv-roles-by"
            value={by}
            onChange={(event) => {
              setBy(event.currentTarget.value === 'column' ? 'column' : 'title');
            }}
          >
            <option value="title">Job title patterns</option>
            <option value="column">A column&apos;s values</option>
          </select>
        </label>
        {by === 'column' && (
          <CsvColumnField
            label="Role column"
            testId="csv-role-column"
            headers={headers}
            value={column}
            noneLabel="(choose a column)"
            onChange={setColumn}
          />
        )}
      </div>
      <p className="op-modal__note">
        {by === 'title'
          ? 'A job title containing one of these (comma-separated, any case) gives the role; anyone else is an other person.'
          : 'A cell equal to one of these values (comma-separated, any case) gives the role; anyone else is an other person.'}
        {by === 'column' && roleValues.length > 0 && (
          <span data-testid="csv-role-values">
            {' '}
            Values in the column:{' '}
            {roleValues.map((entry) => `${entry.value === '' ? '(empty)' : entry.value} (${entry.count})`).join(', ')}.
          </span>
        )}
      </p>
      <div className="op-csv__mapping">
        {ROLE_KEYS.map((role) => (
          <label key={role} className="op-field">
            <span>{ROLE_LABELS[role]}</span>
            <input
              type="text"
              data-testid={`csv-role-${role}`}
              value={texts[role]}
              disabled={by === 'column' && column === ''}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setTexts((current) => ({ ...current, [role]: text }));
              }}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
