/**
 * The contract between the renderer and the Electron main process, as the
 * preload exposes it on `window.orgPlanner`. Pure types: the renderer imports
 * them with `import type`, the preload builds its object `satisfies
 * OrgPlannerApi`, and main's handler table is checked against
 * `OrgPlannerInvokeApi` (src/main/ipc/contract-check.ts), so the three cannot
 * drift apart.
 *
 * Rules of the contract:
 * - one method per action, plain data in and out (structured clone);
 * - the renderer never sends a file path: main chooses every path through its
 *   own dialogs, the command line, the OS "open file" events or the recent
 *   list, and keeps the open document's path per window. The one exception,
 *   a file dropped on the window, goes through `openDroppedFile(file)`, where
 *   the preload (not the page) turns the `File` into a path;
 * - where an action may discard unsaved work (New, Open, Close), the renderer
 *   passes its current serialized plan, so that main can save it if the user
 *   answers "Save" to Save / Don't Save / Cancel;
 * - main-to-renderer messages arrive through the single `onCommand` subscription.
 */
import type { CommandId } from '@shared/commands/catalog';

import type { DiagramFormat } from '@shared/interop/export-formats';
import type { ExportDefaults, ImageFormat, Preferences, PreferencesPatch } from '@shared/settings/preferences';

// The preferences are defined once, in the core, for main, preload and renderer alike.
export type { DiagramFormat, ExportDefaults, ImageFormat, Preferences, PreferencesPatch };

/** What the window shows in its title: `• Name — Org Planner` while `dirty`. */
export interface DocumentState {
  /** The plan's name; empty means "use the file name, or Untitled". At most 500 characters. */
  readonly name: string;
  readonly dirty: boolean;
  /** The shown scenario's name when the plan has more than one (the title shows it); at most 500 characters. */
  readonly scenario?: string;
}

/** A plan main has read (from a file, or from a draft after a crash). */
export interface OpenedDocument {
  /** The text as read; the renderer parses it with the core's `parsePlan`. */
  readonly text: string;
  /** The file's base name, e.g. `checkout.orgplan.json`; null for an untitled plan restored from a draft. */
  readonly fileName: string | null;
  /** True when this is unsaved work recovered from a draft: the renderer marks it dirty. */
  readonly restoredFromDraft: boolean;
  /** True when the plan came out of an exported PNG: untitled and unsaved, the renderer marks it dirty. */
  readonly fromImage?: boolean;
  /** True when the plan was read from a draw.io diagram: untitled and unsaved, Save asks for a plan file name. */
  readonly fromDrawio?: boolean;
  /** Shown once after opening (a draw.io diagram that was not made by Org Planner, read best-effort). */
  readonly notice?: string;
}

export interface Canceled {
  readonly status: 'canceled';
}
export interface Failed {
  readonly status: 'failed';
  /** Human-readable, already shown to the user in a dialog by main. */
  readonly message: string;
}

export type OpenResult = { readonly status: 'opened'; readonly document: OpenedDocument } | Canceled | Failed;
/** `fileName`: the base name now shown in the title. The renderer marks its plan clean on `saved`. */
export type SaveResult = { readonly status: 'saved'; readonly fileName: string } | Canceled | Failed;
/** New and Close: `done` means the user did not cancel and nothing failed. */
export type DoneResult = { readonly status: 'done' } | Canceled | Failed;
export type ExportResult = { readonly status: 'exported'; readonly fileName: string } | Canceled | Failed;
/** The CSV's bytes, undecoded: the renderer's importer detects the encoding as the CLI does. */
export type CsvResult =
  { readonly status: 'read'; readonly fileName: string; readonly bytes: Uint8Array } | Canceled | Failed;

/** A rule-set file the user chose (`check --rules` format), as text: the renderer checks it with the core. */
export type RuleSetFileResult =
  { readonly status: 'read'; readonly fileName: string; readonly text: string } | Canceled | Failed;

/** A rendered chart for Export: PNG bytes, SVG markup, or PDF bytes. */
export type ImageExport =
  | { readonly format: 'png'; readonly data: Uint8Array }
  | { readonly format: 'svg'; readonly data: string }
  | { readonly format: 'pdf'; readonly data: Uint8Array };

/** A diagram or table for Export (draw.io, Mermaid, GraphML, CSV): the file's text, written by the core. */
export interface DiagramExport {
  readonly format: DiagramFormat;
  readonly data: string;
}

/** What Export saves: an image or a diagram, through the same save dialog or download. */
export type ExportFile = ImageExport | DiagramExport;
export type ExportFormat = ExportFile['format'];

/** Messages from main to the renderer. */
export type AppCommand =
  /** A native menu item or its accelerator: the catalog command to run (src/shared/commands/catalog.ts). */
  | { readonly type: 'menu'; readonly command: CommandId }
  /** The user asked to close the window (or quit): answer with `closeWindow(text)`. */
  | { readonly type: 'close-requested' }
  /**
   * A file to open from outside the window (Open Recent, the command line, the OS, a second
   * launch): answer with `openRequested(requestId, text)`; main knows the path, the renderer only the name.
   */
  | { readonly type: 'open-requested'; readonly requestId: string; readonly fileName: string }
  /** Main replaced the document itself (a draft restored after a crash): show it. */
  | { readonly type: 'document-opened'; readonly document: OpenedDocument };

/** The methods that cross the bridge as one `ipcRenderer.invoke` each; main implements exactly these. */
export interface OrgPlannerInvokeApi {
  /** Untrusted by design: the renderer normalises what comes back. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: PreferencesPatch): Promise<void>;
  /** Title and dirty flag; call it whenever the name or the dirty state changes. */
  setDocumentState(state: DocumentState): Promise<void>;
  /** The current plan while it has unsaved changes; main writes a draft about a second after the last call. */
  updateDraft(text: string): Promise<void>;
  newPlan(currentText: string): Promise<DoneResult>;
  openPlan(currentText: string): Promise<OpenResult>;
  openRequested(requestId: string, currentText: string): Promise<OpenResult>;
  savePlan(text: string): Promise<SaveResult>;
  savePlanAs(text: string): Promise<SaveResult>;
  closeWindow(currentText: string): Promise<DoneResult>;
  exportPlanJson(text: string): Promise<ExportResult>;
  /** Saves an exported image or diagram: main's save dialog with the format's extension (a download on the web). */
  exportImage(image: ExportFile): Promise<ExportResult>;
  importCsv(): Promise<CsvResult>;
  /** Rules tab › Load rule set…: main's open dialog, the file read as UTF-8 text (size-capped). */
  openRuleSet(): Promise<RuleSetFileResult>;
  /** Rules tab › Save rule set…: main's save dialog (.json); main writes only a valid rule set. */
  saveRuleSet(text: string): Promise<ExportResult>;
}

/** Everything `window.orgPlanner` offers. */
export interface OrgPlannerApi extends OrgPlannerInvokeApi {
  /** A file dropped on the window; the preload finds its path, the page never sees it. */
  openDroppedFile(file: File, currentText: string): Promise<OpenResult>;
  /** Subscribes to main's commands; returns the unsubscribe function. Commands wait until the first subscription. */
  onCommand(callback: (command: AppCommand) => void): () => void;
}
