/**
 * The desktop build's platform (bundled as `virtual:org-planner-platform` by
 * electron.vite.config.ts): the preload's bridge, whole, or a problem to show.
 * There is no fallback to browser storage here: a desktop app quietly keeping
 * plans in localStorage because its preload broke would lose work unseen.
 */
import { missingBridgeMethods } from './bridge';
import type { ChoosePlatform } from './choice';
import type { OrgPlannerBridge } from './platform';
import { createElectronPlatform } from './platform.electron';

export const choosePlatform: ChoosePlatform = (win) => {
  const missing = missingBridgeMethods(win.orgPlanner);
  if (missing.length === 0) return { ok: true, platform: createElectronPlatform(win.orgPlanner as OrgPlannerBridge) };
  return {
    ok: false,
    problem: {
      summary:
        win.orgPlanner === undefined
          ? 'The desktop app started without its preload bridge (window.orgPlanner is missing).'
          : `The desktop app's preload bridge is incomplete: ${missing.length} of its methods are missing.`,
      missing,
    },
  };
};
