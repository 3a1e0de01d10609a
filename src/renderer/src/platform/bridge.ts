/**
 * The preload's bridge as the desktop build finds it on `window.orgPlanner`:
 * which of the contract's methods are missing. The desktop build refuses to
 * start without every one of them (a broken preload must be seen, never
 * papered over with browser storage).
 */
import type { OrgPlannerBridge } from './platform';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    orgPlanner?: Partial<OrgPlannerBridge>;
  }
}

/**
 * Every method of the contract, listed once. The `satisfies` makes the
 * compiler fail when a method is added to or removed from the contract and
 * not here.
 */
const BRIDGE_METHOD_FLAGS = {
  loadSettings: true,
  saveSettings: true,
  setDocumentState: true,
  updateDraft: true,
  newPlan: true,
  openPlan: true,
  openRequested: true,
  openDroppedFile: true,
  savePlan: true,
  savePlanAs: true,
  closeWindow: true,
  exportPlanJson: true,
  exportImage: true,
  importCsv: true,
  openRuleSet: true,
  saveRuleSet: true,
  onCommand: true,
} as const satisfies Record<keyof OrgPlannerBridge, true>;

export const BRIDGE_METHODS = Object.keys(BRIDGE_METHOD_FLAGS) as readonly (keyof OrgPlannerBridge)[];

/** The contract's methods that `value` does not offer as functions; empty when the bridge is whole. */
export function missingBridgeMethods(value: unknown): (keyof OrgPlannerBridge)[] {
  if (typeof value !== 'object' || value === null) return [...BRIDGE_METHODS];
  const record = value as Record<string, unknown>;
  return BRIDGE_METHODS.filter((key) => typeof record[key] !== 'function');
}
