import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { emptyPlan } from '@shared/model/types';
import { DEFAULT_PREFERENCES, normalizePreferences } from '@shared/settings/preferences';
import { openPlanAction } from '../../src/renderer/src/actions/document';
import { newPlanAction } from '../../src/renderer/src/actions/new-plan';
import { sidePanelOpen, toggleSidePanelAction } from '../../src/renderer/src/actions/side-panels';
import { notifyAction } from '../../src/renderer/src/actions/ui';
import { createEditorStore } from '../../src/renderer/src/store/create-store';

function exampleStore() {
  return createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
}

describe('side panels', () => {
  it('fold and unfold as a preference that survives the settings normaliser, one panel at a time', () => {
    const store = exampleStore();
    expect(sidePanelOpen(store.getState().ui.settings, 'palette')).toBe(true);
    store.getState().dispatch(toggleSidePanelAction, 'palette');
    const settings = store.getState().ui.settings;
    expect(sidePanelOpen(settings, 'palette')).toBe(false);
    expect(sidePanelOpen(settings, 'inspector')).toBe(true);
    // What the platform stores and reads back at the next start.
    expect(sidePanelOpen(normalizePreferences(JSON.parse(JSON.stringify(settings))), 'palette')).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().dispatch(toggleSidePanelAction, 'palette');
    expect(sidePanelOpen(store.getState().ui.settings, 'palette')).toBe(true);
  });
});

describe('notices', () => {
  it('are dropped when another plan opens or a new one starts (they were about the plan that is gone)', () => {
    const store = exampleStore();
    store.getState().dispatch(notifyAction, { tone: 'info', text: 'about the example' });
    expect(store.getState().ui.notices).toHaveLength(1);
    store.getState().dispatch(openPlanAction, emptyPlan('Other'));
    expect(store.getState().ui.notices).toHaveLength(0);
    store.getState().dispatch(notifyAction, { tone: 'error', text: 'about Other' });
    store.getState().dispatch(newPlanAction, 'blank');
    expect(store.getState().ui.notices).toHaveLength(0);
  });
});
