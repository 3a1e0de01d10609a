/** Which file dialog is open (export, CSV import) and what it works on; outside the undo history and the editor store. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ExportFormat } from '../../../preload/api';

export interface CsvFile {
  readonly fileName: string;
  /** Undecoded: the import dialog detects (or the user chooses) the encoding. */
  readonly bytes: Uint8Array;
}

export interface FileDialogs {
  /** The export dialog, showing this format (the user may pick another in it). */
  readonly exportFormat: ExportFormat | null;
  readonly csv: CsvFile | null;
}

const fileDialogs = createStore<FileDialogs>()(() => ({ exportFormat: null, csv: null }));

export function openExportDialog(format: ExportFormat): void {
  fileDialogs.setState({ exportFormat: format });
}

/** The export dialog's format choice, when it moves between an image and a diagram (their forms differ). */
export const switchExportFormat = openExportDialog;

export function openCsvDialog(csv: CsvFile): void {
  fileDialogs.setState({ csv });
}

export function closeFileDialogs(): void {
  fileDialogs.setState({ exportFormat: null, csv: null });
}

export function useFileDialogs<T>(selector: (state: FileDialogs) => T): T {
  return useStore(fileDialogs, selector);
}
