/**
 * Column presets for the exports people bring to the CSV import, recognised by their header names:
 * d3-org-chart's data (`id`, `parentId`, `name`, `positionName`), BambooHR ("Employee #", "Reports To"),
 * HiBob (`id_in_company`, `reports_to_id_in_company`) and Workday ("Employee ID", "Manager ID" or
 * "Manager"). A preset names the id and manager columns (and name and title where the export has them);
 * the import dialog pre-fills its column choices with them and the user can still change each one.
 * BambooHR's "Supervisor EID" (the manager's employee number) is preferred to "Reports To" when a report
 * has both, since "Reports To" may hold the manager's name.
 */
import type { CsvColumns } from './columns';

export const CSV_PRESET_IDS = ['d3-org-chart', 'bamboohr', 'hibob', 'workday'] as const;
export type CsvPresetId = (typeof CSV_PRESET_IDS)[number];

interface PresetColumns {
  /** Candidates per field, first present wins; the id and manager need one each for the preset to match. */
  readonly id: readonly string[];
  readonly manager: readonly string[];
  readonly name: readonly string[];
  readonly title: readonly string[];
}

export interface CsvPreset {
  readonly id: CsvPresetId;
  readonly label: string;
  readonly columns: PresetColumns;
}

export const CSV_PRESETS: readonly CsvPreset[] = [
  {
    id: 'd3-org-chart',
    label: 'd3-org-chart (id, parentId)',
    columns: { id: ['id'], manager: ['parentId'], name: ['name'], title: ['positionName'] },
  },
  {
    id: 'bamboohr',
    label: 'BambooHR (Employee #, Reports To)',
    columns: {
      id: ['Employee #', 'Employee Number', 'EEID'],
      manager: ['Supervisor EID', 'Reports To'],
      name: ['Full Name', 'Display Name', 'Name'],
      title: ['Job Title', 'Job Information: Job Title'],
    },
  },
  {
    id: 'hibob',
    label: 'HiBob (id_in_company, reports_to_id_in_company)',
    columns: {
      id: ['id_in_company'],
      manager: ['reports_to_id_in_company'],
      name: ['display_name', 'full_name', 'name'],
      title: ['title', 'job_title'],
    },
  },
  {
    id: 'workday',
    label: 'Workday (Employee ID, Manager ID)',
    columns: {
      id: ['Employee ID'],
      manager: ['Manager ID', 'Manager Employee ID', 'Manager'],
      name: ['Worker', 'Legal Name', 'Preferred Name', 'Name'],
      title: ['Business Title', 'Job Title', 'Job Profile'],
    },
  },
];

function normal(header: string): string {
  return header.trim().toLowerCase();
}

/** The preset's columns as the file spells them, or undefined when the file lacks its id or manager column. */
export function presetColumns(preset: CsvPreset, headers: readonly string[]): CsvColumns | undefined {
  const byName = new Map<string, string>();
  for (const header of headers) if (!byName.has(normal(header))) byName.set(normal(header), header.trim());
  const pick = (candidates: readonly string[]): string | undefined =>
    candidates.map((candidate) => byName.get(normal(candidate))).find((header) => header !== undefined);
  const id = pick(preset.columns.id);
  const manager = pick(preset.columns.manager);
  if (id === undefined || manager === undefined) return undefined;
  const name = pick(preset.columns.name);
  const title = pick(preset.columns.title);
  return { id, manager, ...(name !== undefined && { name }), ...(title !== undefined && { title }) };
}

/** The first preset whose id and manager columns the headers have. */
export function detectPreset(headers: readonly string[]): CsvPreset | undefined {
  return CSV_PRESETS.find((preset) => presetColumns(preset, headers) !== undefined);
}
