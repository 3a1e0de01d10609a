/**
 * The one typed contract between the renderer and the platform it runs on.
 * The renderer never touches Electron, files or storage directly: it calls
 * these methods. Electron implements them through the preload's
 * `window.orgPlanner` bridge (main owns paths, dialogs and prompts); the
 * browser implementation (platform.web.ts, flows in web-files.ts) uses
 * a file input, downloads and an in-app prompt, and serves the end-to-end tests.
 */
import type { DocumentState, ExportDefaults, OrgPlannerApi } from '../../../preload/api';

export type {
  AppCommand,
  CsvResult,
  DocumentState,
  DoneResult,
  ExportResult,
  ImageExport,
  OpenedDocument,
  OpenResult,
  SaveResult,
} from '../../../preload/api';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export interface Settings {
  readonly theme: ThemePreference;
  readonly snapToGrid: boolean;
  readonly showMinimap: boolean;
  /** The export dialog's last choices; absent until the first export. */
  readonly exportDefaults?: ExportDefaults;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', snapToGrid: false, showMinimap: true };

/** Settings come from disk or localStorage: anything unexpected falls back to the default. */
export function normalizeSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
  const record = value as Record<string, unknown>;
  const theme = (THEME_PREFERENCES as readonly unknown[]).includes(record.theme)
    ? (record.theme as ThemePreference)
    : DEFAULT_SETTINGS.theme;
  const bool = (key: 'snapToGrid' | 'showMinimap'): boolean =>
    typeof record[key] === 'boolean' ? record[key] : DEFAULT_SETTINGS[key];
  const exportDefaults = normalizeExportDefaults(record.exportDefaults);
  return {
    theme,
    snapToGrid: bool('snapToGrid'),
    showMinimap: bool('showMinimap'),
    ...(exportDefaults !== undefined && { exportDefaults }),
  };
}

function normalizeExportDefaults(value: unknown): ExportDefaults | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const ratio = r.pixelRatio;
  if (r.format !== 'png' && r.format !== 'svg') return undefined;
  if (typeof ratio !== 'number' || !(ratio >= 1 && ratio <= 4)) return undefined;
  return { format: r.format, pixelRatio: ratio, transparentBackground: r.transparentBackground === true };
}

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
  | 'onCommand'
>;

/** What the renderer asks of its platform: the bridge's document actions plus what differs per platform. */
export interface Platform extends DocumentActions {
  /** Which implementation this is; the web one also installs the end-to-end test hook. */
  readonly kind: 'electron' | 'web';
  /** Normalised settings (the bridge returns untrusted values). */
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** The title's name and the dirty flag; fire and forget here, unlike the bridge's acknowledged call. */
  setDocumentState(state: DocumentState): void;
  /** The current plan while it has unsaved changes (Electron keeps a crash-recovery draft). */
  updateDraft(text: string): void;
}

/**
 * What the Electron preload exposes as `window.orgPlanner`: exactly the
 * preload's contract, one method per action, plain data in and out.
 * Values coming back are untrusted and normalised by platform.electron.ts.
 */
export type OrgPlannerBridge = OrgPlannerApi;
