/**
 * The user's preferences, written once for every platform: the types, the
 * defaults and the one normaliser. The Electron main process keeps them in
 * its settings file (src/main/settings), the browser build in localStorage
 * (src/renderer/src/platform/platform.web.ts); both read them back through
 * `normalizePreferences`, so a hand-edited or older value never reaches the
 * app in a shape its types do not promise. Never documents, never paths.
 */
import { FORBIDDEN_KEYS, isJsonObject } from '../model/json';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const IMAGE_FORMATS = ['png', 'svg', 'pdf'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const MAX_PANELS = 16;
export const PANEL_ID = /^[a-z][a-z0-9-]{0,31}$/;
export const MAX_PANEL_SIZE = 10_000;
export const MAX_PIXEL_RATIO = 4;

/** One panel of the editor (palette, inspector, rules list...), by the renderer's own id. */
export interface PanelState {
  readonly open: boolean;
  /** Width or height in CSS pixels. */
  readonly size: number;
}

/** The export dialog's last choices. */
export interface ExportDefaults {
  readonly format: ImageFormat;
  /** Device-pixel ratio of PNG exports, 1 to 4. */
  readonly pixelRatio: number;
  readonly transparentBackground: boolean;
}

/** The preferences the renderer reads and writes. */
export interface Preferences {
  readonly theme: Theme;
  readonly snapToGrid: boolean;
  readonly showMinimap: boolean;
  /** Panel id (`^[a-z][a-z0-9-]{0,31}$`, at most 16) → state. */
  readonly panels: Readonly<Record<string, PanelState>>;
  readonly exportDefaults: ExportDefaults;
}

/** What `saveSettings` takes: any subset of the preferences. */
export type PreferencesPatch = Partial<Preferences>;

/** A first export is 1× and opaque: the scale a user picks is remembered from then on. */
export const DEFAULT_EXPORT: ExportDefaults = { format: 'png', pixelRatio: 1, transparentBackground: false };

export const DEFAULT_PREFERENCES: Preferences = Object.freeze({
  theme: 'system',
  snapToGrid: false,
  showMinimap: true,
  panels: Object.freeze({}),
  exportDefaults: DEFAULT_EXPORT,
});

/**
 * The same shape as a JSON schema, for the desktop's settings file
 * (electron-store rejects a file that breaks it; src/main/settings/schema.ts).
 * Unknown keys are tolerated there (a newer version may add some); the
 * normaliser below drops them on every read.
 */
export const PREFERENCES_JSON_SCHEMA = {
  type: 'object',
  properties: {
    theme: { enum: [...THEMES] },
    snapToGrid: { type: 'boolean' },
    showMinimap: { type: 'boolean' },
    panels: {
      type: 'object',
      maxProperties: MAX_PANELS,
      propertyNames: { pattern: PANEL_ID.source },
      additionalProperties: {
        type: 'object',
        properties: { open: { type: 'boolean' }, size: { type: 'number', minimum: 0, maximum: MAX_PANEL_SIZE } },
        required: ['open', 'size'],
      },
    },
    exportDefaults: {
      type: 'object',
      properties: {
        format: { enum: [...IMAGE_FORMATS] },
        pixelRatio: { type: 'number', minimum: 1, maximum: MAX_PIXEL_RATIO },
        transparentBackground: { type: 'boolean' },
      },
    },
  },
} as const;

/** A stored value as an object to read fields from, or undefined (null, arrays and scalars are not settings objects). */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return isJsonObject(value) ? value : undefined;
}

function pick<T>(value: unknown, ok: (v: unknown) => v is T, fallback: T): T {
  return ok(value) ? value : fallback;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isTheme = (v: unknown): v is Theme => (THEMES as readonly unknown[]).includes(v);
export const isImageFormat = (v: unknown): v is ImageFormat => (IMAGE_FORMATS as readonly unknown[]).includes(v);
export const isPixelRatio = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= MAX_PIXEL_RATIO;

export function isPanelId(id: string): boolean {
  return PANEL_ID.test(id) && !FORBIDDEN_KEYS.has(id);
}

export function isPanelState(value: unknown): value is PanelState {
  const r = asRecord(value);
  return (
    r !== undefined &&
    typeof r.open === 'boolean' &&
    typeof r.size === 'number' &&
    Number.isFinite(r.size) &&
    r.size >= 0 &&
    r.size <= MAX_PANEL_SIZE
  );
}

export function normalizePanels(value: unknown): Record<string, PanelState> {
  const r = asRecord(value);
  if (r === undefined) return {};
  const entries = Object.entries(r)
    .filter((entry): entry is [string, PanelState] => isPanelId(entry[0]) && isPanelState(entry[1]))
    .slice(0, MAX_PANELS)
    .map(([id, state]) => [id, { open: state.open, size: state.size }] as const);
  // fromEntries defines own properties, so no key can reach a prototype.
  return Object.fromEntries(entries);
}

export function normalizeExportDefaults(value: unknown): ExportDefaults {
  const r = asRecord(value) ?? {};
  return {
    format: pick(r.format, isImageFormat, DEFAULT_EXPORT.format),
    pixelRatio: pick(r.pixelRatio, isPixelRatio, DEFAULT_EXPORT.pixelRatio),
    transparentBackground: pick(r.transparentBackground, isBoolean, DEFAULT_EXPORT.transparentBackground),
  };
}

/** Whatever was stored (or nothing): every field that is missing or wrong falls back to its default, unknown keys are dropped. */
export function normalizePreferences(value: unknown): Preferences {
  const r = asRecord(value) ?? {};
  return {
    theme: pick(r.theme, isTheme, DEFAULT_PREFERENCES.theme),
    snapToGrid: pick(r.snapToGrid, isBoolean, DEFAULT_PREFERENCES.snapToGrid),
    showMinimap: pick(r.showMinimap, isBoolean, DEFAULT_PREFERENCES.showMinimap),
    panels: normalizePanels(r.panels),
    exportDefaults: normalizeExportDefaults(r.exportDefaults),
  };
}
