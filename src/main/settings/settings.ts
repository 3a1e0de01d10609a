/** Typed access to the settings: every read is normalised, every failure falls back to the default. */
import { normalizePreferences, type Preferences, type PreferencesPatch } from '@shared/settings/preferences';
import type { SavedWindowState } from '../window/bounds';
import { defaultSettings, normalizeRecentFiles, normalizeWindowState, type SettingsData } from './schema';
import type { SettingsBackend } from './backend';

export class Settings {
  constructor(
    private readonly backend: SettingsBackend,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  private read(key: keyof SettingsData): unknown {
    try {
      return this.backend.get(key);
    } catch (error) {
      this.log(`settings: cannot read ${key} (${String(error)})`);
      return defaultSettings()[key];
    }
  }

  private write<K extends keyof SettingsData>(key: K, value: SettingsData[K]): void {
    try {
      this.backend.set(key, value);
    } catch (error) {
      // Settings are a convenience: failing to store one must never break the action that changed it.
      this.log(`settings: cannot write ${key} (${String(error)})`);
    }
  }

  getPreferences(): Preferences {
    return normalizePreferences(this.read('preferences'));
  }

  /** Merges a validated patch; `panels` and `exportDefaults` are replaced as a whole when given. */
  updatePreferences(patch: PreferencesPatch): Preferences {
    const next = normalizePreferences({ ...this.getPreferences(), ...patch });
    this.write('preferences', next);
    return next;
  }

  getRecentFiles(): string[] {
    return normalizeRecentFiles(this.read('recentFiles'));
  }

  setRecentFiles(files: readonly string[]): void {
    this.write('recentFiles', normalizeRecentFiles(files));
  }

  getWindowState(): SavedWindowState {
    return normalizeWindowState(this.read('window'));
  }

  setWindowState(state: SavedWindowState): void {
    this.write('window', normalizeWindowState(state));
  }
}
