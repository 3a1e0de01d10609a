/** Where settings are kept: electron-store in the app (store.ts), a Map when the file cannot be used. */
import { defaultSettings, type SettingsData } from './schema';

/** The part of electron-store the app uses. */
export interface SettingsBackend {
  get(key: keyof SettingsData): unknown;
  set<K extends keyof SettingsData>(key: K, value: SettingsData[K]): void;
}

export function memoryBackend(initial: SettingsData = defaultSettings()): SettingsBackend {
  const values = new Map<keyof SettingsData, unknown>(Object.entries(initial) as [keyof SettingsData, unknown][]);
  return {
    get: (key) => values.get(key),
    set: (key, value) => {
      values.set(key, value);
    },
  };
}
