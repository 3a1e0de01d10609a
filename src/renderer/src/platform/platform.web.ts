/** The browser platform: settings in localStorage, files through web-files.ts. Serves `npm run web` and the end-to-end tests. */
import { createWebFiles } from './web-files';
import { unsavedPrompt } from './unsaved-prompt';
import { normalizePreferences, type Preferences } from '@shared/settings/preferences';
import type { Platform } from './platform';

export const SETTINGS_KEY = 'org-planner.settings';

/** The part of `Storage` we use, so tests can pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function createWebPlatform(
  storage: KeyValueStorage | undefined,
  // Unit tests run without a DOM: they leave the window out and use the settings only.
  win: Window | undefined = typeof window === 'undefined' ? undefined : window,
): Platform {
  const files = win === undefined ? undefined : createWebFiles({ win, askUnsaved: (name) => unsavedPrompt.ask(name) });
  const noFiles = (): never => {
    throw new Error('The browser platform needs a window for files.');
  };
  return {
    kind: 'web',
    loadSettings(): Promise<Preferences> {
      try {
        const text = storage?.getItem(SETTINGS_KEY);
        return Promise.resolve(normalizePreferences(text == null ? undefined : JSON.parse(text)));
      } catch {
        // Private mode, a full quota or a hand-edited value: start from the defaults.
        return Promise.resolve(normalizePreferences(undefined));
      }
    },
    saveSettings(settings: Preferences): Promise<void> {
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        // Settings are a convenience; failing to keep them must not break editing.
      }
      return Promise.resolve();
    },
    ...(files ?? {
      setDocumentState: noFiles,
      updateDraft: noFiles,
      newPlan: noFiles,
      openPlan: noFiles,
      openRequested: noFiles,
      openDroppedFile: noFiles,
      savePlan: noFiles,
      savePlanAs: noFiles,
      closeWindow: noFiles,
      exportPlanJson: noFiles,
      exportImage: noFiles,
      importCsv: noFiles,
      readPlanToCompare: noFiles,
      openRuleSet: noFiles,
      saveRuleSet: noFiles,
      onCommand: noFiles,
    }),
  };
}
