/**
 * What the document flows need from the outside world, injected so that tests
 * answer the questions and pick the files (real temp folders, no Electron).
 * In the app, src/main/dialogs.ts implements `DocumentUi` with Electron's
 * dialogs, attached to the window.
 */
import type { DiagramFormat } from '@shared/interop/export-formats';
import type { AtomicWriteOptions } from '../../node/files/atomic-write';
import type { PlanBytesParser } from '../../node/files/plan-from-bytes';
import type { DocumentSession } from './session';

export type UnsavedAnswer = 'save' | 'discard' | 'cancel';
export type SaveKind = 'plan' | 'json' | 'png' | 'svg' | 'pdf' | DiagramFormat | 'rules';
export type OpenKind = 'plan' | 'csv' | 'rules';

export interface DocumentUi {
  /** Save / Don't Save / Cancel before New, Open, Close and Quit. */
  askUnsavedChanges(documentName: string): Promise<UnsavedAnswer>;
  /** The file changed on disk since it was opened or saved: Overwrite / Cancel. */
  askOverwriteChanged(filePath: string): Promise<'overwrite' | 'cancel'>;
  /** Save As added `.orgplan.json` to the chosen name and that file exists: Replace / Cancel. */
  askReplaceExisting(filePath: string): Promise<'replace' | 'cancel'>;
  showError(title: string, message: string, detail?: string): Promise<void>;
  /** A main-process Open dialog; null when cancelled. */
  pickOpenPath(kind: OpenKind): Promise<string | null>;
  /** A main-process Save dialog (it confirms replacing an existing file itself); null when cancelled. */
  pickSavePath(kind: SaveKind, defaultName: string): Promise<string | null>;
}

export interface RecentList {
  add(filePath: string): void;
  remove(filePath: string): void;
}

export interface FlowContext {
  readonly session: DocumentSession;
  readonly ui: DocumentUi;
  readonly recent: RecentList;
  /** Closes the window for good (after the flow answered the renderer). */
  readonly closeWindow: () => void;
  /** The user answered Cancel to closing (so a Quit in progress stops). */
  readonly closeCanceled?: () => void;
  /** How opened files are checked: a worker thread in the app; the calling thread when absent (tests). */
  readonly parsePlanBytes?: PlanBytesParser;
  /** Tests simulate a crash between the steps of a save. */
  readonly writeHooks?: AtomicWriteOptions['hooks'];
}

/** A file name for a Save dialog: the document's name without characters file systems refuse. */
export function safeFileName(name: string, extension: string): string {
  const base = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/^\.+/, '')
    .trim();
  return `${base === '' ? 'Untitled' : base.slice(0, 120)}${extension}`;
}
