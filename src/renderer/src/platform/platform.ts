/**
 * The one typed contract between the renderer and the platform it runs on.
 * The renderer never touches Electron, files or storage directly: it calls
 * these methods. Electron implements them in the preload (one method per
 * action through `contextBridge`, the object ending in `satisfies
 * OrgPlannerBridge`); the browser implementation (platform.web.ts) keeps
 * settings in localStorage and serves the end-to-end tests.
 *
 * Later issues add one method per action here (open, save, save as, export
 * an image, menu commands); pure types only, so the preload can import them.
 */

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export interface Settings {
  readonly theme: ThemePreference;
  readonly snapToGrid: boolean;
  readonly showMinimap: boolean;
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
  return { theme, snapToGrid: bool('snapToGrid'), showMinimap: bool('showMinimap') };
}

/** What the renderer asks of its platform. */
export interface Platform {
  /** Which implementation this is; the web one also installs the end-to-end test hook. */
  readonly kind: 'electron' | 'web';
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}

/**
 * What the Electron preload exposes as `window.orgPlanner`: one method per
 * action, plain data in and out (structured clone), never a generic invoke.
 * Values coming back are untrusted and normalised by platform.electron.ts.
 */
export interface OrgPlannerBridge {
  loadSettings(): Promise<unknown>;
  saveSettings(settings: Settings): Promise<void>;
}
