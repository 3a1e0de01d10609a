/** The Electron platform: every call goes through the preload's `window.orgPlanner` bridge; main shows dialogs and prompts. */
import { normalizePreferences, type Preferences } from '@shared/settings/preferences';
import type { OrgPlannerBridge, Platform } from './platform';
import { readPlanToCompare } from './read-plan-to-compare';

export function createElectronPlatform(bridge: OrgPlannerBridge): Platform {
  // Fire-and-forget calls: a failed title or draft update must never break editing.
  const quietly = (promise: Promise<void>): void => {
    promise.catch((error: unknown) => {
      console.warn('Org Planner: the main process did not accept an update.', error);
    });
  };
  return {
    kind: 'electron',
    async loadSettings(): Promise<Preferences> {
      return normalizePreferences(await bridge.loadSettings());
    },
    saveSettings: (settings) => bridge.saveSettings(settings),
    setDocumentState: (state) => {
      quietly(bridge.setDocumentState(state));
    },
    updateDraft: (text) => {
      quietly(bridge.updateDraft(text));
    },
    newPlan: (text) => bridge.newPlan(text),
    openPlan: (text) => bridge.openPlan(text),
    openRequested: (requestId, text) => bridge.openRequested(requestId, text),
    openDroppedFile: (file, text) => bridge.openDroppedFile(file, text),
    savePlan: (text) => bridge.savePlan(text),
    savePlanAs: (text) => bridge.savePlanAs(text),
    closeWindow: (text) => bridge.closeWindow(text),
    exportPlanJson: (text) => bridge.exportPlanJson(text),
    exportImage: (image) => bridge.exportImage(image),
    importCsv: () => bridge.importCsv(),
    // The chosen file is read in the page (as the browser does), so it never becomes the window's file in main.
    readPlanToCompare: () => readPlanToCompare(window),
    openRuleSet: () => bridge.openRuleSet(),
    saveRuleSet: (text) => bridge.saveRuleSet(text),
    onCommand: (callback) => bridge.onCommand(callback),
  };
}
