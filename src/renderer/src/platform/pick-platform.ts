/** Chooses the platform at start-up: Electron when its preload bridge is there, the browser otherwise. */
import type { OrgPlannerBridge, Platform } from './platform';
import { createElectronPlatform } from './platform.electron';
import { createWebPlatform } from './platform.web';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    orgPlanner?: Partial<OrgPlannerBridge>;
  }
}

function isBridge(value: Partial<OrgPlannerBridge> | undefined): value is OrgPlannerBridge {
  return ['loadSettings', 'saveSettings', 'newPlan', 'openPlan', 'savePlan', 'onCommand'].every(
    (key) => typeof value?.[key as keyof OrgPlannerBridge] === 'function',
  );
}

export function pickPlatform(win: Window): Platform {
  // A preload that does not (yet) offer every method falls back to the browser implementation.
  if (isBridge(win.orgPlanner)) return createElectronPlatform(win.orgPlanner);
  let storage: Storage | undefined;
  try {
    storage = win.localStorage;
  } catch {
    storage = undefined;
  }
  return createWebPlatform(storage);
}
