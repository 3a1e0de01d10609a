/**
 * Opens the settings file with electron-store. A file that is not JSON or
 * that breaks the schema is moved aside to `config.corrupt-<time>.json` (kept
 * for the curious, never read again) and the defaults are used: the app never
 * fails to start because of its settings. If even that fails (a read-only
 * folder), settings live in memory for this run.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Store, { type Schema } from 'electron-store';
import { memoryBackend, type SettingsBackend } from './backend';
import { defaultSettings, SETTINGS_SCHEMA } from './schema';

export const SETTINGS_NAME = 'config';

export interface OpenedSettings {
  readonly backend: SettingsBackend;
  /** Where a corrupt file was moved, when it was. */
  readonly movedAside: string | null;
  /** False when the settings could not be opened at all and live in memory. */
  readonly persistent: boolean;
}

export interface OpenSettingsOptions {
  /** The folder of the settings file: `app.getPath('userData')`. */
  readonly cwd: string;
  readonly now?: () => Date;
  readonly log?: (message: string) => void;
}

function createStore(cwd: string): SettingsBackend {
  // Untyped on purpose: every value read is normalised by Settings, whatever the file held.
  const store = new Store<Record<string, unknown>>({
    cwd,
    name: SETTINGS_NAME,
    defaults: { ...defaultSettings() },
    schema: SETTINGS_SCHEMA as unknown as Schema<Record<string, unknown>>,
    clearInvalidConfig: false,
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => {
      store.set(key, value);
    },
  };
}

/** `2025-11-27T20:57:01.123Z` → `2025-11-27T20-57-01-123Z`: valid in a file name on every OS. */
export function corruptFileName(now: Date): string {
  return `${SETTINGS_NAME}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

export function openSettings(options: OpenSettingsOptions): OpenedSettings {
  const log = options.log ?? (() => undefined);
  try {
    return { backend: createStore(options.cwd), movedAside: null, persistent: true };
  } catch (error) {
    log(`settings: cannot read ${SETTINGS_NAME}.json (${String(error)}); using defaults`);
  }
  let movedAside: string | null = null;
  const file = join(options.cwd, `${SETTINGS_NAME}.json`);
  try {
    if (existsSync(file)) {
      movedAside = join(options.cwd, corruptFileName((options.now ?? (() => new Date()))()));
      renameSync(file, movedAside);
    }
    return { backend: createStore(options.cwd), movedAside, persistent: true };
  } catch (error) {
    log(`settings: keeping settings in memory for this session (${String(error)})`);
    return { backend: memoryBackend(), movedAside, persistent: false };
  }
}
