/**
 * The one typed contract between the renderer and the platform it runs on.
 * The renderer never touches Electron, files or storage directly: it calls
 * these methods. Electron implements them through the preload's
 * `window.orgPlanner` bridge (main owns paths, dialogs and prompts); the
 * browser implementation (platform.web.ts, flows in web-files.ts) uses
 * a file input, downloads and an in-app prompt, and serves `npm run web` and
 * the end-to-end tests. Which one a build contains is decided when it is
 * built, never at run time: see choose.electron.ts / choose.web.ts.
 */
import type { Preferences } from '@shared/settings/preferences';
import type { DocumentState, OrgPlannerApi } from '../../../preload/api';
import type { ComparedFileResult } from './read-plan-to-compare';

export type {
  AppCommand,
  Canceled,
  CsvResult,
  DocumentState,
  DoneResult,
  DiagramExport,
  ExportFile,
  ExportResult,
  Failed,
  ImageExport,
  OpenedDocument,
  OpenResult,
  RuleSetFileResult,
  SaveResult,
} from '../../../preload/api';

/**
 * The document and file actions, typed once: exactly as the preload's contract
 * declares them (documented there), so the two cannot drift apart.
 */
type DocumentActions = Pick<
  OrgPlannerApi,
  | 'newPlan'
  | 'openPlan'
  | 'openRequested'
  | 'openDroppedFile'
  | 'savePlan'
  | 'savePlanAs'
  | 'closeWindow'
  | 'exportPlanJson'
  | 'exportImage'
  | 'importCsv'
  | 'openRuleSet'
  | 'saveRuleSet'
  | 'onCommand'
>;

/** What the renderer asks of its platform: the bridge's document actions plus what differs per platform. */
export interface Platform extends DocumentActions {
  /** Which implementation this is; the web one also installs the end-to-end test hook. */
  readonly kind: 'electron' | 'web';
  /** Normalised preferences (the bridge and localStorage return untrusted values). */
  loadSettings(): Promise<Preferences>;
  saveSettings(settings: Preferences): Promise<void>;
  /** The title's name and the dirty flag; fire and forget here, unlike the bridge's acknowledged call. */
  setDocumentState(state: DocumentState): void;
  /** The current plan while it has unsaved changes (Electron keeps a crash-recovery draft). */
  updateDraft(text: string): void;
  /** Asks for a plan file and reads it as File › Open would, for the compare view: it never becomes the window's plan. */
  readPlanToCompare(): Promise<ComparedFileResult>;
}

/**
 * What the Electron preload exposes as `window.orgPlanner`: exactly the
 * preload's contract, one method per action, plain data in and out.
 * Values coming back are untrusted and normalised by platform.electron.ts.
 */
export type OrgPlannerBridge = OrgPlannerApi;
