/**
 * CSV import: the columns found (adjustable), a preview of the first rows and
 * the counts, then the people become a new plan laid out top-down.
 */
import { useMemo, useState } from 'react';
import { importCsv, type CsvColumns, type CsvMapping } from '@shared/csv/import-csv';
import { parseCsvDetailed } from '@shared/csv/rfc4180';
import { Modal } from '../ui/Modal';
import { useCommands } from '../commands/context';
import { stemOfFileName } from '../platform/document-title';
import { closeFileDialogs, useFileDialogs, type CsvFile } from '../files/file-dialogs';

const FIELDS = [
  { key: 'id', label: 'Person id' },
  { key: 'manager', label: 'Manager id' },
  { key: 'name', label: 'Name' },
  { key: 'title', label: 'Job title' },
] as const;

const PREVIEW_ROWS = 5;

function detected(mapping: CsvMapping | undefined, key: (typeof FIELDS)[number]['key']): string {
  const value = mapping?.[key];
  if (value === undefined) return '';
  return typeof value === 'string' ? value : `${value.first} + ${value.last}`;
}

function CsvForm({ csv }: { csv: CsvFile }) {
  const commands = useCommands();
  const [columns, setColumns] = useState<CsvColumns>({});
  const [busy, setBusy] = useState(false);
  const planName = stemOfFileName(csv.fileName);
  const preview = useMemo(() => parseCsvDetailed(csv.text).rows.slice(0, PREVIEW_ROWS + 1), [csv.text]);
  const result = useMemo(
    () => importCsv(csv.text, { columns, planName, layout: false }),
    [csv.text, columns, planName],
  );
  const headers = result.headers;
  const mapping = result.ok ? result.mapping : undefined;

  async function run(): Promise<void> {
    setBusy(true);
    const full = importCsv(csv.text, { columns, planName });
    if (full.ok && (await commands.files.importPlan(full.plan))) closeFileDialogs();
    else setBusy(false);
  }

  return (
    <div className="op-csv">
      <p className="op-modal__note">
        <strong>{csv.fileName}</strong>: {headers.length} columns. Choose which column holds what.
      </p>
      <div className="op-csv__mapping">
        {FIELDS.map((field) => {
          const auto = detected(mapping, field.key);
          return (
            <label key={field.key} className="op-field">
              <span>{field.label}</span>
              <select
                data-testid={`csv-map-${field.key}`}
                value={columns[field.key] ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  setColumns((current) => ({ ...current, [field.key]: value === '' ? undefined : value }));
                }}
              >
                <option value="">{auto === '' ? '(not found)' : `Automatic: ${auto}`}</option>
                {headers.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      <div className="op-csv__preview">
        <table>
          <tbody>
            {preview.map((row, r) => (
              <tr key={r} className={r === 0 ? 'is-header' : undefined}>
                {row.map((value, c) => (r === 0 ? <th key={c}>{value}</th> : <td key={c}>{value}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.ok ? (
        <>
          <p className="op-csv__counts" data-testid="csv-counts">
            {result.counts.people.toLocaleString('en-US')} people,{' '}
            {result.counts.reportingLines.toLocaleString('en-US')} reporting lines,{' '}
            {result.counts.problems.toLocaleString('en-US')} problems
          </p>
          {result.problems.length > 0 && (
            <ul className="op-csv__problems">
              {result.problems.slice(0, 5).map((problem, i) => (
                <li key={i}>
                  Row {problem.row}: {problem.message}
                </li>
              ))}
              {result.problems.length > 5 && <li>…and {result.problems.length - 5} more</li>}
            </ul>
          )}
        </>
      ) : (
        <p className="op-csv__error" role="alert">
          Cannot import: {result.error}
        </p>
      )}
      <div className="op-modal__actions">
        <button type="button" className="op-button" onClick={closeFileDialogs}>
          Cancel
        </button>
        <button
          type="button"
          className="op-button op-button--primary"
          disabled={!result.ok || busy}
          data-testid="csv-import-go"
          onClick={() => {
            void run();
          }}
        >
          {busy ? 'Importing…' : 'Import as a new plan'}
        </button>
      </div>
    </div>
  );
}

export function CsvImportDialog() {
  const csv = useFileDialogs((s) => s.csv);
  return (
    <Modal open={csv !== null} title="Import people from a CSV file" onClose={closeFileDialogs} wide>
      {csv !== null && <CsvForm csv={csv} />}
    </Modal>
  );
}
