/**
 * The preload: builds `window.orgPlanner`, one method per action, each a
 * single `ipcRenderer.invoke` on its own channel, never a generic
 * `invoke(channel, ...)`. Runs sandboxed with context isolation, so it is
 * bundled to one CommonJS file and only uses contextBridge, ipcRenderer and
 * webUtils.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { AppCommand, OrgPlannerApi, OrgPlannerInvokeApi, OpenResult } from './api';
import { COMMAND_CHANNEL, COMMANDS_READY_CHANNEL, INVOKE_CHANNELS, OPEN_DROPPED_CHANNEL } from './channels';

type Method<K extends keyof OrgPlannerInvokeApi> = OrgPlannerInvokeApi[K];

/** The typed invoke behind each method; not exposed. */
function invoke<K extends keyof OrgPlannerInvokeApi>(method: K, ...args: Parameters<Method<K>>): ReturnType<Method<K>> {
  return ipcRenderer.invoke(INVOKE_CHANNELS[method], ...args) as ReturnType<Method<K>>;
}

let announcedReady = false;

const api = {
  loadSettings: () => invoke('loadSettings'),
  saveSettings: (settings) => invoke('saveSettings', settings),
  setDocumentState: (state) => invoke('setDocumentState', state),
  updateDraft: (text) => invoke('updateDraft', text),
  newPlan: (currentText) => invoke('newPlan', currentText),
  openPlan: (currentText) => invoke('openPlan', currentText),
  openRequested: (requestId, currentText) => invoke('openRequested', requestId, currentText),
  savePlan: (text) => invoke('savePlan', text),
  savePlanAs: (text) => invoke('savePlanAs', text),
  closeWindow: (currentText) => invoke('closeWindow', currentText),
  exportPlanJson: (text) => invoke('exportPlanJson', text),
  exportImage: (image) => invoke('exportImage', image),
  importCsv: () => invoke('importCsv'),
  openRuleSet: () => invoke('openRuleSet'),
  saveRuleSet: (text) => invoke('saveRuleSet', text),
  openDroppedFile: (file, currentText): Promise<OpenResult> => {
    // The path is read here, in the isolated preload; the page only hands over the File it got from the drop.
    let path: string;
    try {
      path = webUtils.getPathForFile(file);
    } catch {
      path = '';
    }
    if (path === '') return Promise.resolve({ status: 'failed', message: 'Only files from disk can be opened.' });
    return ipcRenderer.invoke(OPEN_DROPPED_CHANNEL, path, currentText) as Promise<OpenResult>;
  },
  onCommand: (callback) => {
    const listener = (_event: IpcRendererEvent, command: AppCommand): void => {
      callback(command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, listener);
    if (!announcedReady) {
      announcedReady = true;
      ipcRenderer.send(COMMANDS_READY_CHANNEL);
    }
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, listener);
    };
  },
} satisfies OrgPlannerApi;

contextBridge.exposeInMainWorld('orgPlanner', api);
