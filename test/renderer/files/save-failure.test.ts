/** A Save, a JSON copy or a close answer that main refuses (or that never reaches it) always tells the user. */
import { describe, expect, it, vi } from 'vitest';
import { articleExamplePlan } from '../../../src/shared/example/article-example';
import { updateNodeAction } from '../../../src/renderer/src/actions/update-node';
import { createDocumentFlows } from '../../../src/renderer/src/files/document-flows';
import type { Platform } from '../../../src/renderer/src/platform/platform';
import { DEFAULT_PREFERENCES } from '../../../src/shared/settings/preferences';
import { fakePlatform } from './fake-platform';
import { createEditorStore } from '../../../src/renderer/src/store/create-store';
import { isDirty } from '../../../src/renderer/src/store/slices/document-slice';

const refused = () =>
  Promise.reject(
    new Error("Error invoking remote method 'savePlan': PayloadError: text: expected a plan of at most 50 MiB"),
  );

function platform(overrides: Partial<Platform>): Platform {
  return fakePlatform({ kind: 'electron', savePlan: canceled, exportPlanJson: canceled, ...overrides });
}

const canceled = () => Promise.resolve({ status: 'canceled' as const });

function dirtyStore() {
  const store = createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
  const id = store.getState().plan.nodes[0]?.id as string;
  store.getState().dispatch(updateNodeAction, { id, patch: { name: 'Renamed' } });
  return store;
}

describe('a failed Save always tells the user', () => {
  it('a Save refused before it reached main shows an error and keeps the plan unsaved', async () => {
    const store = dirtyStore();
    const flows = createDocumentFlows(store, platform({ savePlan: refused, savePlanAs: refused }), {
      onLoaded: vi.fn(),
      runMenu: vi.fn(),
    });
    await expect(flows.save()).resolves.toBe(false);
    await expect(flows.saveAs()).resolves.toBe(false);
    const notices = store.getState().ui.notices;
    expect(notices.map((n) => n.tone)).toEqual(['error', 'error']);
    expect(notices[0]?.text).toBe('The plan was not saved: text: expected a plan of at most 50 MiB');
    expect(isDirty(store.getState())).toBe(true);
  });

  it('a JSON copy refused before it reached main shows an error', async () => {
    const store = dirtyStore();
    const flows = createDocumentFlows(store, platform({ exportPlanJson: refused }), {
      onLoaded: vi.fn(),
      runMenu: vi.fn(),
    });
    await flows.exportJson();
    expect(store.getState().ui.notices[0]?.text).toMatch(/^The copy was not written/);
  });

  it('a close answer that cannot reach main keeps the window and says why', async () => {
    const store = dirtyStore();
    const flows = createDocumentFlows(store, platform({ closeWindow: refused }), {
      onLoaded: vi.fn(),
      runMenu: vi.fn(),
    });
    flows.handleCommand({ type: 'close-requested' });
    await vi.waitFor(() => {
      expect(store.getState().ui.notices[0]?.text).toMatch(/not closed, so your changes are kept/);
    });
    expect(isDirty(store.getState())).toBe(true);
  });
});
