/** Which file dialog is open (export, CSV import) and what it works on; outside the undo history and the editor store. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ImageFormat } from '../../../preload/api';

export interface CsvFile {
  readonly fileName: string;
  /** Undecoded: the import dialog detects (or the user chooses) the encoding. */
  readonly bytes: Uint8Array;
}

export interface FileDialogs {
  /** The export dialog, opened on this format. */
  readonly exportFormat: ImageFormat | null;
  readonly csv: CsvFile | null;
}

const fileDialogs = createStore<FileDialogs>()(() => ({ exportFormat: null, csv: null }));

export function openExportDialog(format: ImageFormat): void {
  fileDialogs.setState({ exportFormat: format });
}

export function openCsvDialog(csv: CsvFile): void {
  fileDialogs.setState({ csv });
}

export function closeFileDialogs(): void {
  fileDialogs.setState({ exportFormat: null, csv: null });
}

export function useFileDialogs<T>(selector: (state: FileDialogs) => T): T {
  return useStore(fileDialogs, selector);
}
