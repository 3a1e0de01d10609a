/** The browser platform: settings in localStorage. Serves the end-to-end tests and any plain browser. */
import { normalizeSettings, type Platform, type Settings } from './platform';

export const SETTINGS_KEY = 'org-planner.settings';

/** The part of `Storage` we use, so tests can pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function createWebPlatform(storage: KeyValueStorage | undefined): Platform {
  return {
    kind: 'web',
    loadSettings(): Promise<Settings> {
      try {
        const text = storage?.getItem(SETTINGS_KEY);
        return Promise.resolve(normalizeSettings(text == null ? undefined : JSON.parse(text)));
      } catch {
        // Private mode, a full quota or a hand-edited value: start from the defaults.
        return Promise.resolve(normalizeSettings(undefined));
      }
    },
    saveSettings(settings: Settings): Promise<void> {
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        // Settings are a convenience; failing to keep them must not break editing.
      }
      return Promise.resolve();
    },
  };
}
