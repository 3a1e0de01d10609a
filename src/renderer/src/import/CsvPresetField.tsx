/**
 * The import dialog's Preset list: the HRIS exports the file's headers match (d3-org-chart, BambooHR,
 * HiBob, Workday). When the file is first read, the one recognised is chosen and its columns are filled
 * in the column lists; "None" goes back to the columns found by name.
 */
import { useState } from 'react';
import type { CsvColumns } from '@shared/csv/columns';
import { CSV_PRESETS, detectPreset, presetColumns, type CsvPresetId } from '@shared/csv/presets';

/**
 * The chosen preset, decided once when the headers first arrive (during the dialog's render, as React
 * advises for state that follows other state), and `pick` for the user's choice; both fill the columns.
 */
export function useCsvPreset(headers: readonly string[], setColumns: (columns: CsvColumns) => void) {
  const [chosen, setChosen] = useState<CsvPresetId | '' | undefined>(undefined);
  if (chosen === undefined && headers.length > 0) {
    const found = detectPreset(headers);
    setChosen(found?.id ?? '');
    if (found !== undefined) setColumns(presetColumns(found, headers) ?? {});
  }
  const pick = (id: string): void => {
    const preset = CSV_PRESETS.find((candidate) => candidate.id === id);
    setChosen(preset?.id ?? '');
    setColumns(preset === undefined ? {} : (presetColumns(preset, headers) ?? {}));
  };
  return { chosen: chosen ?? '', pick };
}

interface Props {
  readonly headers: readonly string[];
  readonly chosen: CsvPresetId | '';
  readonly onPick: (id: string) => void;
}

export function CsvPresetField({ headers, chosen, onPick }: Props) {
  const recognised = headers.length === 0 ? undefined : detectPreset(headers);
  return (
    <label className="op-field">
      <span>Preset</span>
      <select
        data-testid="csv-preset"
        value={chosen}
        onChange={(event) => {
          onPick(event.target.value);
        }}
      >
        <option value="">None (columns found by name)</option>
        {CSV_PRESETS.map((preset) => {
          const fits = presetColumns(preset, headers) !== undefined;
          return (
            <option key={preset.id} value={preset.id} disabled={!fits}>
              {preset.label}
              {preset.id === recognised?.id ? ' — matches this file' : fits ? '' : ' — columns not in this file'}
            </option>
          );
        })}
      </select>
    </label>
  );
}
