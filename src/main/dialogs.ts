/**
 * The document flows' questions and file pickers, as Electron dialogs
 * attached to the window. Every path the app writes or reads comes from here
 * (or from the command line, the OS or the recent list), never from the renderer.
 */
import { basename, join } from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { DocumentUi, OpenKind, SaveKind, UnsavedAnswer } from './documents/context';
import { changedSince, restoreDraftDetail } from './recovery/restore-message';

const OPEN_FILTERS: Record<OpenKind, FileFilter[]> = {
  // macOS matches only the last part of an extension, so plans are offered as *.json there.
  plan: [
    { name: 'Org plans, exported images and draw.io diagrams', extensions: ['json', 'png', 'drawio', 'xml'] },
    { name: 'All files', extensions: ['*'] },
  ],
  csv: [
    { name: 'CSV files and d3-org-chart JSON', extensions: ['csv', 'txt', 'json'] },
    { name: 'All files', extensions: ['*'] },
  ],
  rules: [
    { name: 'Rule sets', extensions: ['json'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

const SAVE_FILTERS: Record<SaveKind, FileFilter[]> = {
  plan: [{ name: 'Org plan', extensions: ['orgplan.json'] }],
  json: [{ name: 'Org plan', extensions: ['orgplan.json'] }],
  png: [{ name: 'PNG image', extensions: ['png'] }],
  svg: [{ name: 'SVG image', extensions: ['svg'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  drawio: [{ name: 'draw.io diagram', extensions: ['drawio'] }],
  mermaid: [{ name: 'Mermaid flowchart', extensions: ['mmd'] }],
  graphml: [{ name: 'GraphML graph (yEd)', extensions: ['graphml'] }],
  csv: [{ name: 'CSV table', extensions: ['csv'] }],
  rules: [{ name: 'Rule set', extensions: ['json'] }],
};

export function createDialogUi(window: BrowserWindow): DocumentUi {
  const ask = async (options: Electron.MessageBoxOptions): Promise<number> =>
    (await dialog.showMessageBox(window, { noLink: true, ...options })).response;
  return {
    async askUnsavedChanges(documentName: string): Promise<UnsavedAnswer> {
      const response = await ask({
        type: 'warning',
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        message: `Do you want to save the changes you made to “${documentName}”?`,
        detail: "Your changes will be lost if you don't save them.",
      });
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
    async askOverwriteChanged(filePath: string): Promise<'overwrite' | 'cancel'> {
      const response = await ask({
        type: 'warning',
        buttons: ['Overwrite', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `“${basename(filePath)}” was changed by another program since you opened it.`,
        detail: `${filePath}\n\nOverwrite replaces that version with yours. Cancel keeps it; you can then use Save As to keep both.`,
      });
      return response === 0 ? 'overwrite' : 'cancel';
    },
    async askReplaceExisting(filePath: string): Promise<'replace' | 'cancel'> {
      const response = await ask({
        type: 'warning',
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `“${basename(filePath)}” already exists. Do you want to replace it?`,
        detail: filePath,
      });
      return response === 0 ? 'replace' : 'cancel';
    },
    async showError(title: string, message: string, detail?: string): Promise<void> {
      await dialog.showMessageBox(window, { type: 'error', title, message, detail: detail ?? '', buttons: ['OK'] });
    },
    async pickOpenPath(kind: OpenKind): Promise<string | null> {
      const result = await dialog.showOpenDialog(window, {
        properties: ['openFile'],
        filters: OPEN_FILTERS[kind],
        defaultPath: app.getPath('documents'),
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSavePath(kind: SaveKind, defaultName: string): Promise<string | null> {
      const result = await dialog.showSaveDialog(window, {
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: SAVE_FILTERS[kind],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
  };
}

/** Restore / Discard / Not Now for a draft found at start-up. */
export async function askRestoreDraft(
  window: BrowserWindow | undefined,
  documentName: string,
  savedAt: Date,
  filePath: string | null,
): Promise<'restore' | 'discard' | 'keep'> {
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    buttons: ['Restore', 'Discard', 'Not Now'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Org Planner found unsaved changes to “${documentName}”.`,
    detail: restoreDraftDetail(savedAt, filePath, await changedSince(filePath, savedAt)),
  };
  const { response } =
    window === undefined ? await dialog.showMessageBox(options) : await dialog.showMessageBox(window, options);
  return response === 0 ? 'restore' : response === 1 ? 'discard' : 'keep';
}

/** After a renderer crash: reload the window (its unsaved plan comes back from the draft) or close it. */
export async function askReloadAfterCrash(window: BrowserWindow): Promise<'reload' | 'close'> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'error',
    buttons: ['Reload', 'Close Window'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    message: 'This window stopped working.',
    detail: 'Your unsaved changes were kept. Reload the window to continue where you were.',
  });
  return response === 0 ? 'reload' : 'close';
}
