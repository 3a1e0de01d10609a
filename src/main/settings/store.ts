/**
 * Opens the settings file with electron-store. A file that is not JSON or
 * that breaks the schema is moved aside to `config.corrupt-<time>.json` (kept
 * for the curious, never read again) and the defaults are used: the app never
 * fails to start because of its settings. If even that fails (a read-only
 * folder), settings live in memory for this run.
 *
 * The export defaults and panels are harmless, but the recent files name the
 * user's plans, and drafts of whole plans live beside this file: the folder
 * is kept 0700 and the file 0600 (owner only), also when an older version left
 * them more open. Windows ignores POSIX modes; its profile folder is private.
 */
import { chmodSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Store, { type Schema } from 'electron-store';
import { memoryBackend, type SettingsBackend } from './backend';
import { defaultSettings, SETTINGS_SCHEMA } from './schema';

export const SETTINGS_NAME = 'config';
/** Owner read and write only. */
export const SETTINGS_FILE_MODE = 0o600;
/** Owner only: nobody else may list or read the settings and the drafts beside them. */
export const SETTINGS_FOLDER_MODE = 0o700;

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

/** Makes the folder (0700) or narrows an existing one, and narrows an existing settings file to 0600. */
function keepPrivate(cwd: string, log: (message: string) => void): void {
  mkdirSync(cwd, { recursive: true, mode: SETTINGS_FOLDER_MODE });
  if (process.platform === 'win32') return;
  const file = join(cwd, `${SETTINGS_NAME}.json`);
  try {
    chmodSync(cwd, SETTINGS_FOLDER_MODE);
    if (existsSync(file)) chmodSync(file, SETTINGS_FILE_MODE);
  } catch (error) {
    // A folder we do not own (a shared or managed profile): keep working, and say so.
    log(`settings: cannot make ${cwd} private (${String(error)})`);
  }
}

function createStore(cwd: string, log: (message: string) => void): SettingsBackend {
  keepPrivate(cwd, log);
  // Untyped on purpose: every value read is normalised by Settings, whatever the file held.
  const store = new Store<Record<string, unknown>>({
    cwd,
    name: SETTINGS_NAME,
    defaults: { ...defaultSettings() },
    schema: SETTINGS_SCHEMA as unknown as Schema<Record<string, unknown>>,
    clearInvalidConfig: false,
    // Every write gives the file this mode, whatever the umask.
    configFileMode: SETTINGS_FILE_MODE,
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
    return { backend: createStore(options.cwd, log), movedAside: null, persistent: true };
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
    return { backend: createStore(options.cwd, log), movedAside, persistent: true };
  } catch (error) {
    log(`settings: keeping settings in memory for this session (${String(error)})`);
    return { backend: memoryBackend(), movedAside, persistent: false };
  }
}
