/**
 * The import dialog's preview: the first rows as they will be imported (the mapped
 * columns, the role each gets, the fields kept), and how many of each kind the whole file gives.
 */
import type { CsvKindCounts, CsvSampleRow } from '@shared/csv/import-csv';
import { kindCountWords } from '@shared/csv/role-summary';
import { ROLE_LABELS } from '@shared/csv/roles';

function fieldsText(fields: Readonly<Record<string, string>>): string {
  return Object.entries(fields)
    .map(([name, value]) => `${name}: ${value}`)
    .join(' · ');
}

export function CsvPreview({
  sample,
  kinds,
  fieldNames,
}: {
  readonly sample: readonly CsvSampleRow[];
  readonly kinds: CsvKindCounts | undefined;
  readonly fieldNames: readonly string[];
}) {
  return (
    <>
      <div className="op-csv__preview">
        <table>
          <tbody>
            <tr className="is-header">
              <th>Id</th>
              <th>Name</th>
              <th>Job title</th>
              <th>Manager id</th>
              <th>Role</th>
              <th>Fields</th>
            </tr>
            {sample.map((row) => (
              <tr key={row.id}>
                <td>{row.id}</td>
                <td>{row.name}</td>
                <td>{row.title}</td>
                <td>{row.manager}</td>
                <td>{row.role === undefined ? 'Other person' : ROLE_LABELS[row.role]}</td>
                <td title={fieldsText(row.fields)}>{fieldsText(row.fields)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {kinds !== undefined && (
        <p className="op-csv__counts" data-testid="csv-kinds">
          {kindCountWords(kinds).join(', ')}
        </p>
      )}
      {fieldNames.length > 0 && (
        <p className="op-modal__note" data-testid="csv-fields">
          Kept on each person as fields: {fieldNames.join(', ')}.
        </p>
      )}
    </>
  );
}
