/**
 * What the settings file holds: preferences (their one schema is
 * src/shared/settings/preferences.ts), recent files and the window's
 * placement. Never documents. The JSON schema is electron-store's first line
 * of defence (a file that breaks it is treated as corrupt); the `normalize*`
 * functions are the second, used on every read, so a value can never reach
 * the app in a shape its types do not promise.
 */
import { asRecord, DEFAULT_PREFERENCES, PREFERENCES_JSON_SCHEMA, type Preferences } from '@shared/settings/preferences';
import type { Rect, SavedWindowState } from '../window/bounds';

export const MAX_RECENT_FILES = 10;

export interface SettingsData {
  preferences: Preferences;
  recentFiles: string[];
  window: SavedWindowState;
}

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
  preferences: PREFERENCES_JSON_SCHEMA,
  recentFiles: { type: 'array', items: { type: 'string' } },
  window: {
    type: 'object',
    properties: { bounds: rectSchema, maximized: { type: 'boolean' } },
  },
} as const;

export function normalizeRecentFiles(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const files = value.filter((item): item is string => typeof item === 'string' && item !== '');
  return [...new Set(files)].slice(0, MAX_RECENT_FILES);
}

function isRect(value: unknown): value is Rect {
  const r = asRecord(value);
  return (
    r !== undefined &&
    [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    (r.width as number) > 0 &&
    (r.height as number) > 0
  );
}

export function normalizeWindowState(value: unknown): SavedWindowState {
  const r = asRecord(value) ?? {};
  const maximized = r.maximized === true;
  if (!isRect(r.bounds)) return { maximized };
  const { x, y, width, height } = r.bounds;
  return { bounds: { x, y, width, height }, maximized };
}
