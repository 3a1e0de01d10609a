/**
 * CSV import: how the file was read (encoding and separator, adjustable), the columns
 * found (adjustable, or filled in by a recognised HRIS export's preset), how roles are found (title patterns or a column, editable), a preview
 * of the first rows as mapped and the counts, then the people become a new plan in the
 * compact layout. The work runs in a worker with a progress bar; Cancel stops it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CSV_ENCODINGS, type CsvEncoding } from '@shared/csv/decode-csv';
import { CSV_DELIMITERS, DELIMITER_NAMES, type CsvDelimiter } from '@shared/csv/delimiter';
import type { CsvColumns, CsvMapping } from '@shared/csv/import-csv';
import { describeCsvRefusal, encodingName } from '@shared/csv/refusal';
import { describeImportCounts } from '@shared/csv/role-summary';
import { DEFAULT_ROLES, type CsvRoles } from '@shared/csv/roles';
import { Modal } from '../ui/Modal';
import { useCommands } from '../commands/context';
import { stemOfFileName } from '../platform/document-title';
import { closeFileDialogs, useFileDialogs, type CsvFile } from '../files/file-dialogs';
import type { CsvJob, CsvJobResult } from './csv-import-job';
import { CsvColumnField } from './CsvColumnField';
import { CsvPresetField, useCsvPreset } from './CsvPresetField';
import { CsvPreview } from './CsvPreview';
import { CsvProgressBar } from './CsvProgressBar';
import { CsvRolesFields } from './CsvRolesFields';
import './csv-import.css';
import { useCsvJobs } from './use-csv-jobs';

/** Role edits reach the preview after this pause: long enough to type a word, short enough to feel live. */
const SETTLE_MS = 250;

/** `value`, once it has stayed the same for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value);
    }, ms);
    return () => {
      clearTimeout(timer);
    };
  }, [value, ms]);
  return settled;
}

const FIELDS = [
  { key: 'id', label: 'Person id' },
  { key: 'manager', label: 'Manager id' },
  { key: 'name', label: 'Name' },
  { key: 'title', label: 'Job title' },
] as const;

function detected(mapping: CsvMapping | undefined, key: (typeof FIELDS)[number]['key']): string {
  const value = mapping?.[key];
  if (value === undefined) return '';
  return typeof value === 'string' ? value : `${value.first} + ${value.last}`;
}

function howRead(result: CsvJobResult | null): string {
  if (result?.encoding === undefined || result.delimiter === undefined) return '';
  const why = result.encodingSource === 'fallback' ? ' (not valid UTF-8)' : '';
  return `, read as ${encodingName(result.encoding)}${why}, ${DELIMITER_NAMES[result.delimiter]}-separated`;
}

function CsvForm({ csv }: { csv: CsvFile }) {
  const commands = useCommands();
  const [columns, setColumns] = useState<CsvColumns>({});
  const [encoding, setEncoding] = useState<CsvEncoding | undefined>(undefined);
  const [delimiter, setDelimiter] = useState<CsvDelimiter | undefined>(undefined);
  const [roles, setRoles] = useState<CsvRoles>(DEFAULT_ROLES);
  // An equal choice keeps the same object, so it does not start another preview.
  const chooseRoles = useCallback((next: CsvRoles) => {
    setRoles((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
  }, []);
  const previewRoles = useSettled(roles, SETTLE_MS);
  const planName = stemOfFileName(csv.fileName);
  const job = useMemo<CsvJob>(
    () => ({ bytes: csv.bytes, planName, columns, roles: previewRoles, encoding, delimiter, layout: false }),
    [csv.bytes, planName, columns, previewRoles, encoding, delimiter],
  );
  const jobs = useCsvJobs(job);
  const result = jobs.preview;
  const outcome = jobs.stale ? undefined : result?.outcome;
  const headers = result?.headers ?? [];
  const succeeded = result?.outcome.ok === true ? result.outcome : undefined;
  const mapping = succeeded?.mapping;
  const preset = useCsvPreset(headers, setColumns);

  async function run(): Promise<void> {
    // The roles as they are now, even if the preview has not caught up with the last keystroke.
    const done = await jobs.runImport({ ...job, roles, layout: true });
    if (done.status !== 'done' || !done.result.outcome.ok || done.result.outcome.plan === undefined) return;
    if (await commands.files.importPlan(done.result.outcome.plan)) closeFileDialogs();
  }

  function cancel(): void {
    jobs.cancel();
    closeFileDialogs();
  }

  return (
    <div className="op-csv">
      <p className="op-modal__note" data-testid="csv-read-as">
        <strong>{csv.fileName}</strong>: {headers.length} columns{howRead(result)}. Choose which column holds what.
      </p>
      <div className="op-csv__mapping">
        <label className="op-field">
          <span>Encoding</span>
          <select
            data-testid="csv-encoding"
            value={encoding ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              setEncoding(CSV_ENCODINGS.find((candidate) => candidate === value));
            }}
          >
            <option value="">Automatic</option>
            {CSV_ENCODINGS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {encodingName(candidate)}
              </option>
            ))}
          </select>
        </label>
        <label className="op-field">
          <span>Separator</span>
          <select
            data-testid="csv-delimiter"
            value={delimiter === undefined ? '' : DELIMITER_NAMES[delimiter]}
            onChange={(event) => {
              const value = event.target.value;
              setDelimiter(CSV_DELIMITERS.find((candidate) => DELIMITER_NAMES[candidate] === value));
            }}
          >
            <option value="">Automatic</option>
            {CSV_DELIMITERS.map((candidate) => (
              <option key={candidate} value={DELIMITER_NAMES[candidate]}>
                {DELIMITER_NAMES[candidate]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="op-csv__mapping">
        <CsvPresetField headers={headers} chosen={preset.chosen} onPick={preset.pick} />
        {FIELDS.map((field) => {
          const auto = detected(mapping, field.key);
          return (
            <CsvColumnField
              key={field.key}
              label={field.label}
              testId={`csv-map-${field.key}`}
              headers={headers}
              value={columns[field.key] ?? ''}
              noneLabel={auto === '' ? '(not found)' : `Automatic: ${auto}`}
              onChange={(value) => {
                setColumns((current) => ({ ...current, [field.key]: value === '' ? undefined : value }));
              }}
            />
          );
        })}
      </div>
      <CsvRolesFields headers={headers} roleValues={succeeded?.roleValues ?? []} onChange={chooseRoles} />
      <CsvPreview
        sample={succeeded?.sample ?? []}
        kinds={outcome?.ok === true ? outcome.kinds : undefined}
        fieldNames={succeeded?.fieldNames ?? []}
      />
      {outcome?.ok === true && (
        <>
          <p className="op-csv__counts" data-testid="csv-counts">
            {describeImportCounts(outcome.kinds, outcome.counts)}
          </p>
          {outcome.problems.length > 0 && (
            <ul className="op-csv__problems">
              {outcome.problems.map((problem, i) => (
                <li key={i}>
                  Row {problem.row}: {problem.message}
                </li>
              ))}
              {outcome.counts.problems > outcome.problems.length && (
                <li>…and {(outcome.counts.problems - outcome.problems.length).toLocaleString('en-US')} more</li>
              )}
            </ul>
          )}
        </>
      )}
      {outcome?.ok === false && (
        <p className="op-csv__error" role="alert">
          Cannot import “{csv.fileName}”: {describeCsvRefusal(outcome.refusal, 'app')}.
        </p>
      )}
      {jobs.failure !== null && (
        <p className="op-csv__error" role="alert">
          The import stopped unexpectedly: {jobs.failure}
        </p>
      )}
      {jobs.progress !== null && <CsvProgressBar progress={jobs.progress} importing={jobs.running === 'import'} />}
      <div className="op-modal__actions">
        <button type="button" className="op-button" data-testid="csv-cancel" onClick={cancel}>
          Cancel
        </button>
        <button
          type="button"
          className="op-button op-button--primary"
          disabled={outcome?.ok !== true || jobs.running !== null}
          data-testid="csv-import-go"
          onClick={() => {
            void run();
          }}
        >
          {jobs.running === 'import' ? 'Importing…' : 'Import as a new plan'}
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
