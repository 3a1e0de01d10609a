/**
 * The browser build's platform (bundled as `virtual:org-planner-platform` by
 * vite.web.config.mts, for `npm run web` and the end-to-end tests): files
 * through the browser, settings in localStorage. It never looks for a bridge.
 */
import type { ChoosePlatform } from './choice';
import { createWebPlatform } from './platform.web';

export const choosePlatform: ChoosePlatform = (win) => {
  let storage: Storage | undefined;
  try {
    storage = win.localStorage;
  } catch {
    // Storage disabled by the browser: the editor still works, settings last for the session.
    storage = undefined;
  }
  return { ok: true, platform: createWebPlatform(storage, win) };
};
