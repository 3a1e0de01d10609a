/**
 * What the settings file holds: preferences, recent files and the window's
 * placement. Never documents. The JSON schema is electron-store's first line
 * of defence (a file that breaks it is treated as corrupt); the `normalize*`
 * functions are the second, used on every read, so a value can never reach
 * the app in a shape its types do not promise.
 */
import { FORBIDDEN_KEYS } from '@shared/model/json';
import { IMAGE_FORMATS, THEMES, type ExportDefaults, type PanelState, type Preferences } from '../../preload/api';
import type { Rect, SavedWindowState } from '../window/bounds';

export const MAX_RECENT_FILES = 10;
export const MAX_PANELS = 16;
export const PANEL_ID = /^[a-z][a-z0-9-]{0,31}$/;
export const MAX_PANEL_SIZE = 10_000;
export const MAX_PIXEL_RATIO = 4;

export interface SettingsData {
  preferences: Preferences;
  recentFiles: string[];
  window: SavedWindowState;
}

export const DEFAULT_EXPORT: ExportDefaults = { format: 'png', pixelRatio: 2, transparentBackground: false };

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  snapToGrid: false,
  showMinimap: true,
  panels: {},
  exportDefaults: DEFAULT_EXPORT,
};

export function defaultSettings(): SettingsData {
  return { preferences: { ...DEFAULT_PREFERENCES, panels: {} }, recentFiles: [], window: { maximized: false } };
}

const rectSchema = {
  type: 'object',
  properties: {
    x: { type: 'number' },
    y: { type: 'number' },
    width: { type: 'number', minimum: 1 },
    height: { type: 'number', minimum: 1 },
  },
  required: ['x', 'y', 'width', 'height'],
} as const;

/** electron-store's `schema` option: one JSON schema per top-level key. Unknown keys are tolerated (newer versions). */
export const SETTINGS_SCHEMA = {
  preferences: {
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
  },
  recentFiles: { type: 'array', items: { type: 'string' } },
  window: {
    type: 'object',
    properties: { bounds: rectSchema, maximized: { type: 'boolean' } },
  },
} as const;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function pick<T>(value: unknown, ok: (v: unknown) => v is T, fallback: T): T {
  return ok(value) ? value : fallback;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isTheme = (v: unknown): v is Preferences['theme'] => (THEMES as readonly unknown[]).includes(v);
const isFormat = (v: unknown): v is ExportDefaults['format'] => (IMAGE_FORMATS as readonly unknown[]).includes(v);
const isPixelRatio = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= MAX_PIXEL_RATIO;

export function isPanelId(id: string): boolean {
  return PANEL_ID.test(id) && !FORBIDDEN_KEYS.has(id);
}

export function isPanelState(value: unknown): value is PanelState {
  const r = record(value);
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
  const r = record(value);
  if (r === undefined) return {};
  const entries = Object.entries(r)
    .filter((entry): entry is [string, PanelState] => isPanelId(entry[0]) && isPanelState(entry[1]))
    .slice(0, MAX_PANELS)
    .map(([id, state]) => [id, { open: state.open, size: state.size }] as const);
  // fromEntries defines own properties, so no key can reach a prototype.
  return Object.fromEntries(entries);
}

export function normalizeExportDefaults(value: unknown): ExportDefaults {
  const r = record(value) ?? {};
  return {
    format: pick(r.format, isFormat, DEFAULT_EXPORT.format),
    pixelRatio: pick(r.pixelRatio, isPixelRatio, DEFAULT_EXPORT.pixelRatio),
    transparentBackground: pick(r.transparentBackground, isBoolean, DEFAULT_EXPORT.transparentBackground),
  };
}

export function normalizePreferences(value: unknown): Preferences {
  const r = record(value) ?? {};
  return {
    theme: pick(r.theme, isTheme, DEFAULT_PREFERENCES.theme),
    snapToGrid: pick(r.snapToGrid, isBoolean, DEFAULT_PREFERENCES.snapToGrid),
    showMinimap: pick(r.showMinimap, isBoolean, DEFAULT_PREFERENCES.showMinimap),
    panels: normalizePanels(r.panels),
    exportDefaults: normalizeExportDefaults(r.exportDefaults),
  };
}

export function normalizeRecentFiles(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const files = value.filter((item): item is string => typeof item === 'string' && item !== '');
  return [...new Set(files)].slice(0, MAX_RECENT_FILES);
}

function isRect(value: unknown): value is Rect {
  const r = record(value);
  return (
    r !== undefined &&
    [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    (r.width as number) > 0 &&
    (r.height as number) > 0
  );
}

export function normalizeWindowState(value: unknown): SavedWindowState {
  const r = record(value) ?? {};
  const maximized = r.maximized === true;
  if (!isRect(r.bounds)) return { maximized };
  const { x, y, width, height } = r.bounds;
  return { bounds: { x, y, width, height }, maximized };
}
