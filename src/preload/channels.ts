/**
 * IPC channel names, one per bridge method. Imported by the preload (bundled
 * into it) and by main's handler table; the renderer never sees them.
 */
import type { OrgPlannerInvokeApi } from './api';

export const INVOKE_CHANNELS = {
  loadSettings: 'settings:load',
  saveSettings: 'settings:save',
  setDocumentState: 'document:state',
  updateDraft: 'document:draft',
  newPlan: 'plan:new',
  openPlan: 'plan:open',
  openRequested: 'plan:open-requested',
  savePlan: 'plan:save',
  savePlanAs: 'plan:save-as',
  closeWindow: 'window:close',
  exportPlanJson: 'export:json',
  exportImage: 'export:image',
  importCsv: 'import:csv',
  openRuleSet: 'rules:open',
  saveRuleSet: 'rules:save',
} as const satisfies Record<keyof OrgPlannerInvokeApi, string>;

/** The preload's own messages, not methods of the bridge. */
export const OPEN_DROPPED_CHANNEL = 'plan:open-dropped';
/** Sent by the preload when the page first subscribes with `onCommand`; main holds commands until then. */
export const COMMANDS_READY_CHANNEL = 'commands:ready';
/** Main → renderer. */
export const COMMAND_CHANNEL = 'app:command';
