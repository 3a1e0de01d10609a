/** The browser platform: settings in localStorage, files through web-files.ts. Serves the end-to-end tests and any plain browser. */
import { createWebFiles } from './web-files';
import { unsavedPrompt } from './unsaved-prompt';
import { normalizeSettings, type Platform, type Settings } from './platform';

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
      onCommand: noFiles,
    }),
  };
}
