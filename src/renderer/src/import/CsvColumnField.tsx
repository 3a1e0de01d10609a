/**
 * One "which column" choice of the CSV import dialog (person id, manager id, name, job title, the role column): a
 * labelled `<select>` of the file's columns after a first option that means "none chosen" (its text says what
 * happens then). Each column is offered once, as the importer matches names (csvColumnChoices).
 */
import { csvColumnChoices } from '@shared/csv/columns';

export function CsvColumnField({
  label,
  testId,
  headers,
  value,
  noneLabel,
  onChange,
}: {
  readonly label: string;
  readonly testId: string;
  readonly headers: readonly string[];
  /** The chosen header, or '' for none. */
  readonly value: string;
  /** The first option's text: what happens with no column chosen. */
  readonly noneLabel: string;
  readonly onChange: (header: string) => void;
}) {
  return (
    <label className="op-field">
      <span>{label}</span>
      <select
        data-testid={testId}
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      >
        <option value="">{noneLabel}</option>
        {csvColumnChoices(headers).map((header) => (
          <option key={header} value={header}>
            {header}
          </option>
        ))}
      </select>
    </label>
  );
}
