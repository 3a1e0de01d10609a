/**
 * One window's document, as main knows it: the file it came from (chosen by
 * main, never by the renderer), the file's modification time and size when
 * it was opened or last saved, the plan's name and whether it has unsaved
 * changes. Keeps the title (`• Name — Org Planner`) and the draft in step.
 */
import type { DocumentState } from '../../preload/api';
import type { DraftKeeper } from '../recovery/draft-keeper';
import { documentDisplayName, formatWindowTitle } from '../window/title';

export interface FileStamp {
  readonly mtimeMs: number;
  readonly size: number;
}

/** The parts of a BrowserWindow the session drives. */
export interface DocumentView {
  setTitle(title: string): void;
  /** macOS: the dot in the close button; ignored elsewhere. */
  setDocumentEdited(edited: boolean): void;
  /** macOS: the file icon in the title bar; '' for none. */
  setRepresentedFilename(path: string): void;
}

export class DocumentSession {
  private path: string | null = null;
  private fileStamp: FileStamp | null = null;
  private name = '';
  /** The shown scenario's name when the plan has several, for the title. */
  private scenario: string | undefined;
  private unsaved = false;
  /** A restored plan is on its way to the renderer: until it reports it dirty, "clean" reports are stale. */
  private awaitingRestore = false;
  private lock: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly view: DocumentView,
    readonly draft: DraftKeeper,
  ) {
    this.refresh();
  }

  get filePath(): string | null {
    return this.path;
  }

  get stamp(): FileStamp | null {
    return this.fileStamp;
  }

  get dirty(): boolean {
    return this.unsaved;
  }

  get displayName(): string {
    return documentDisplayName(this.name, this.path);
  }

  get title(): string {
    return formatWindowTitle(this.displayName, this.unsaved, this.scenario);
  }

  /** No file, no changes: a window that can take a restored draft or an opened file without asking. */
  get pristine(): boolean {
    return this.path === null && !this.unsaved;
  }

  /** The renderer reports its plan's name and dirty state. */
  setState(state: DocumentState): void {
    // The page may report its empty start-up plan before it has shown the restored one.
    if (this.awaitingRestore && !state.dirty) return;
    if (state.dirty) this.awaitingRestore = false;
    this.name = state.name;
    this.scenario = state.scenario;
    const wasDirty = this.unsaved;
    this.unsaved = state.dirty;
    // Back to the saved version (undo): the draft has nothing left to keep.
    if (wasDirty && !state.dirty) void this.draft.discard();
    this.refresh();
  }

  /** The renderer's current plan; kept as a draft only while there are unsaved changes. */
  updateDraft(text: string): void {
    if (this.unsaved) this.draft.update(text);
  }

  /** A file was opened into this window, or the plan was saved to one. */
  attachFile(path: string, stamp: FileStamp, planName: string): void {
    this.path = path;
    this.fileStamp = stamp;
    this.name = planName;
    this.unsaved = false;
    this.awaitingRestore = false;
    void this.draft.discard();
    this.refresh();
  }

  /** New: an untitled, empty plan. */
  reset(): void {
    this.awaitingRestore = false;
    this.path = null;
    this.fileStamp = null;
    this.name = '';
    this.unsaved = false;
    void this.draft.discard();
    this.refresh();
  }

  /**
   * A plan taken out of an exported PNG: untitled and unsaved, so Save asks
   * where to write it and can never overwrite the image with JSON.
   */
  adoptUntitled(planName: string): void {
    this.awaitingRestore = false;
    this.path = null;
    this.fileStamp = null;
    this.name = planName;
    this.unsaved = true;
    this.refresh();
  }

  /** A draft restored at start-up: its file (if any), unsaved, continuing the same draft. */
  restoreDraft(path: string | null, stamp: FileStamp | null, planName: string, draftId: string, text: string): void {
    this.path = path;
    this.fileStamp = stamp;
    this.name = planName;
    this.unsaved = true;
    this.draft.adopt(draftId, text);
    this.expectRestoredDocument();
    this.refresh();
  }

  /** The renderer is being sent the unsaved plan (restore, reload after a crash): keep it unsaved until it says so. */
  expectRestoredDocument(): void {
    this.awaitingRestore = true;
  }

  /** Runs document flows one at a time, so two Saves (or a Save and an Open) never interleave. */
  exclusive<T>(flow: () => Promise<T>): Promise<T> {
    const run = this.lock.then(flow, flow);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private refresh(): void {
    this.view.setTitle(this.title);
    this.view.setDocumentEdited(this.unsaved);
    this.view.setRepresentedFilename(this.path ?? '');
  }
}
