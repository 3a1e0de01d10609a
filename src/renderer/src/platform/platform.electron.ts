/** The Electron platform: every call goes through the preload's `window.orgPlanner` bridge. */
import { normalizeSettings, type OrgPlannerBridge, type Platform, type Settings } from './platform';

export function createElectronPlatform(bridge: OrgPlannerBridge): Platform {
  return {
    kind: 'electron',
    async loadSettings(): Promise<Settings> {
      return normalizeSettings(await bridge.loadSettings());
    },
    saveSettings(settings: Settings): Promise<void> {
      return bridge.saveSettings(settings);
    },
  };
}
