import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import { PLAN_KEYWORD, withTextChunk } from '../../../src/shared/png/chunks';
import { articleExamplePlan } from '../../../src/shared/example/article-example';
import { serializePlan } from '../../../src/shared/format/serialize';
import { emptyPlan } from '../../../src/shared/model/types';
import { updateNodeAction } from '../../../src/renderer/src/actions/update-node';
import { markSavedAction } from '../../../src/renderer/src/actions/document';
import { newScenarioAction } from '../../../src/renderer/src/actions/new-scenario';
import { switchScenarioAction } from '../../../src/renderer/src/actions/switch-scenario';
import { createDocumentFlows } from '../../../src/renderer/src/files/document-flows';
import { syncDocumentState } from '../../../src/renderer/src/files/sync-document';
import { DEFAULT_PREFERENCES } from '../../../src/shared/settings/preferences';
import type { OpenResult, Platform } from '../../../src/renderer/src/platform/platform';
import { fakePlatform } from './fake-platform';
import { createEditorStore } from '../../../src/renderer/src/store/create-store';
import { isDirty } from '../../../src/renderer/src/store/slices/document-slice';

const opened = (text: string, fileName = 'bad.orgplan.json', restoredFromDraft = false): Promise<OpenResult> =>
  Promise.resolve({ status: 'opened', document: { text, fileName, restoredFromDraft } });

function setup(platform: Platform) {
  const store = createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
  const hooks = { onLoaded: vi.fn(), runMenu: vi.fn() };
  return { store, hooks, flows: createDocumentFlows(store, platform, hooks) };
}

describe('document flows', () => {
  it('keeps the open plan when the file is invalid, and names the file and the JSON path', async () => {
    const bad = JSON.stringify({ format: 'org-planner', version: 1, nodes: [{ id: 'a', kind: 'wizard' }], edges: [] });
    const { store, flows } = setup(fakePlatform({ openPlan: () => opened(bad) }));
    const before = store.getState().plan;
    await flows.open();
    expect(store.getState().plan).toBe(before);
    const [notice] = store.getState().ui.notices;
    expect(notice?.tone).toBe('error');
    expect(notice?.text).toContain('bad.orgplan.json');
    expect(notice?.text).toContain('nodes[0].kind');
  });

  it('opens a good file clean, and a restored draft dirty', async () => {
    const text = serializePlan(emptyPlan('Other'));
    const good = setup(fakePlatform({ openPlan: () => opened(text, 'other.orgplan.json') }));
    await good.flows.open();
    expect(good.store.getState().plan.name).toBe('Other');
    expect(isDirty(good.store.getState())).toBe(false);
    expect(good.hooks.onLoaded).toHaveBeenCalled();

    const restored = setup(fakePlatform());
    restored.flows.handleCommand({
      type: 'document-opened',
      document: { text, fileName: null, restoredFromDraft: true },
    });
    expect(restored.store.getState().plan.name).toBe('Other');
    expect(isDirty(restored.store.getState())).toBe(true);
  });

  it("opens a plan read from a draw.io diagram dirty, saying so and showing the reader's notice", async () => {
    const text = serializePlan(emptyPlan('Sketch'));
    const notice = "This draw.io diagram was not made by Org Planner's export: its 1 shape was read as people.";
    const document = { text, fileName: null, restoredFromDraft: false, fromDrawio: true, notice };
    const { store, flows } = setup(fakePlatform({ openPlan: () => Promise.resolve({ status: 'opened', document }) }));
    await flows.open();
    expect(store.getState().plan.name).toBe('Sketch');
    expect(isDirty(store.getState())).toBe(true);
    expect(store.getState().ui.notices.map((n) => n.text)).toEqual([
      'Opened the plan drawn in this draw.io diagram. Save it as a plan file to keep editing it.',
      notice,
    ]);
  });

  it('marks the plan clean after a save; exporting a JSON copy leaves it dirty', async () => {
    const savePlan = vi.fn(() => Promise.resolve({ status: 'saved' as const, fileName: 'x.orgplan.json' }));
    const exportPlanJson = vi.fn(() => Promise.resolve({ status: 'exported' as const, fileName: 'x.orgplan.json' }));
    const { store, flows } = setup(fakePlatform({ savePlan, exportPlanJson }));
    const id = store.getState().plan.nodes[0]?.id as string;
    store.getState().dispatch(updateNodeAction, { id, patch: { name: 'Renamed' } });
    expect(isDirty(store.getState())).toBe(true);
    await flows.exportJson();
    expect(exportPlanJson).toHaveBeenCalledWith(serializePlan(store.getState().plan));
    expect(isDirty(store.getState())).toBe(true);
    expect(await flows.save()).toBe(true);
    expect(savePlan).toHaveBeenCalledWith(serializePlan(store.getState().plan));
    expect(isDirty(store.getState())).toBe(false);
  });

  it('does not start a new plan when the user cancels, and routes menu and close commands', async () => {
    const closeWindow = vi.fn(() => Promise.resolve({ status: 'done' as const }));
    const { flows, hooks, store } = setup(
      fakePlatform({ newPlan: () => Promise.resolve({ status: 'canceled' }), closeWindow }),
    );
    expect(await flows.confirmNew()).toBe(false);
    expect(await flows.importPlan(emptyPlan('CSV'))).toBe(false);
    expect(store.getState().plan.name).not.toBe('CSV');
    flows.handleCommand({ type: 'menu', command: 'undo' });
    expect(hooks.runMenu).toHaveBeenCalledWith('undo');
    flows.handleCommand({ type: 'menu', command: 'file.save' as 'save' });
    expect(hooks.runMenu).toHaveBeenCalledTimes(1);
    flows.handleCommand({ type: 'close-requested' });
    expect(closeWindow).toHaveBeenCalledWith(serializePlan(store.getState().plan));
  });

  it('in Electron, opens a dropped PNG that carries a plan as a new unsaved plan', async () => {
    const newPlan = vi.fn(() => Promise.resolve({ status: 'done' as const }));
    const openDroppedFile = vi.fn(() => Promise.resolve({ status: 'canceled' as const }));
    const { store, flows } = setup({ ...fakePlatform({ newPlan, openDroppedFile }), kind: 'electron' });
    const image = new PNG({ width: 2, height: 2 });
    const bytes = withTextChunk(
      new Uint8Array(PNG.sync.write(image)),
      PLAN_KEYWORD,
      serializePlan(emptyPlan('From PNG')),
    );
    await flows.openDropped(new File([bytes as Uint8Array<ArrayBuffer>], 'org.png', { type: 'image/png' }));
    expect(newPlan).toHaveBeenCalled();
    expect(openDroppedFile).not.toHaveBeenCalled();
    expect(store.getState().plan.name).toBe('From PNG');
    expect(isDirty(store.getState())).toBe(true);
    // A PNG without a plan is refused and the plan stays.
    await flows.openDropped(new File([new Uint8Array(PNG.sync.write(image))], 'photo.png', { type: 'image/png' }));
    expect(store.getState().plan.name).toBe('From PNG');
    expect(store.getState().ui.notices.at(-1)?.text).toContain('photo.png');
  });

  it('tells the platform the name and dirty flag, and sends drafts while dirty', () => {
    vi.useFakeTimers();
    const setDocumentState = vi.fn();
    const updateDraft = vi.fn();
    const platform = fakePlatform({ setDocumentState, updateDraft });
    const store = createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
    const stop = syncDocumentState(store, platform, globalThis as unknown as Window);
    const name = store.getState().plan.name ?? '';
    expect(setDocumentState).toHaveBeenLastCalledWith({ name, dirty: false });
    const id = store.getState().plan.nodes[0]?.id as string;
    store.getState().dispatch(updateNodeAction, { id, patch: { name: 'A' } });
    store.getState().dispatch(updateNodeAction, { id, patch: { name: 'B' } });
    expect(setDocumentState).toHaveBeenLastCalledWith({ name, dirty: true });
    expect(setDocumentState).toHaveBeenCalledTimes(2);
    expect(updateDraft).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(updateDraft).toHaveBeenCalledTimes(1);
    expect(updateDraft).toHaveBeenCalledWith(serializePlan(store.getState().plan));
    stop();
    vi.useRealTimers();
  });

  it('clears the dirty flag on a save after switching back to the unchanged as-is (only the saved scenarios change)', () => {
    const setDocumentState = vi.fn();
    const store = createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
    const stop = syncDocumentState(store, fakePlatform({ setDocumentState }), globalThis as unknown as Window);
    const name = store.getState().plan.name ?? '';
    store.getState().dispatch(newScenarioAction, undefined);
    expect(setDocumentState).toHaveBeenLastCalledWith({ name, dirty: true, scenario: 'Proposal 2' });
    store.getState().dispatch(switchScenarioAction, 'as-is');
    expect(setDocumentState).toHaveBeenLastCalledWith({ name, dirty: true, scenario: 'As-is' });
    store.getState().dispatch(markSavedAction, undefined);
    expect(setDocumentState).toHaveBeenLastCalledWith({ name, dirty: false, scenario: 'As-is' });
    stop();
  });

  it('serializes the draft in an idle moment after the interval, and not at all once stopped', () => {
    const timers: (() => void)[] = [];
    const idle: (() => void)[] = [];
    const win = {
      setTimeout: (fn: () => void) => timers.push(fn),
      clearTimeout: () => undefined,
      requestIdleCallback: (fn: () => void) => idle.push(fn),
    } as unknown as Window;
    const updateDraft = vi.fn();
    const store = createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
    const stop = syncDocumentState(store, fakePlatform({ updateDraft }), win);
    const id = store.getState().plan.nodes[0]?.id as string;
    store.getState().dispatch(updateNodeAction, { id, patch: { name: 'A' } });
    timers.shift()?.();
    expect(updateDraft).not.toHaveBeenCalled();
    idle.shift()?.();
    expect(updateDraft).toHaveBeenCalledTimes(1);
    store.getState().dispatch(updateNodeAction, { id, patch: { name: 'B' } });
    timers.shift()?.();
    stop();
    idle.shift()?.();
    expect(updateDraft).toHaveBeenCalledTimes(1);
  });
});
