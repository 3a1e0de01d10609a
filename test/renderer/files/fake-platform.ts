/** A platform whose every method answers at once; tests override what they look at. */
import { vi } from 'vitest';
import type { Platform } from '../../../src/renderer/src/platform/platform';
import { DEFAULT_PREFERENCES } from '../../../src/shared/settings/preferences';

export function fakePlatform(overrides: Partial<Platform> = {}): Platform {
  const canceled = () => Promise.resolve({ status: 'canceled' as const });
  return {
    kind: 'web',
    loadSettings: () => Promise.resolve(DEFAULT_PREFERENCES),
    saveSettings: () => Promise.resolve(),
    setDocumentState: vi.fn(),
    updateDraft: vi.fn(),
    newPlan: () => Promise.resolve({ status: 'done' }),
    openPlan: canceled,
    openRequested: canceled,
    openDroppedFile: canceled,
    savePlan: () => Promise.resolve({ status: 'saved', fileName: 'x.orgplan.json' }),
    savePlanAs: canceled,
    closeWindow: () => Promise.resolve({ status: 'done' }),
    exportPlanJson: () => Promise.resolve({ status: 'exported', fileName: 'x.orgplan.json' }),
    exportImage: canceled,
    importCsv: canceled,
    readPlanToCompare: canceled,
    openRuleSet: canceled,
    saveRuleSet: canceled,
    onCommand: () => () => undefined,
    ...overrides,
  };
}
