/** What the compare view compares with: the last saved version, a file's plan or another scenario, and leaving it. */
import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { markSavedAction } from '../../../src/renderer/src/actions/document';
import { newScenarioAction } from '../../../src/renderer/src/actions/new-scenario';
import { escapeAction } from '../../../src/renderer/src/actions/selection';
import { switchScenarioAction } from '../../../src/renderer/src/actions/switch-scenario';
import { updateNodeAction } from '../../../src/renderer/src/actions/update-node';
import {
  closeCompareAction,
  comparedPlan,
  openCompareAction,
  setCompareFilterAction,
  sourceLabel,
} from '../../../src/renderer/src/compare/compare-state';
import { createEditorStore } from '../../../src/renderer/src/store/create-store';
import { selectionOf } from '../../../src/renderer/src/store/slices/selection-slice';
import { DEFAULT_PREFERENCES } from '../../../src/shared/settings/preferences';

function exampleStore() {
  return createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
}

describe('the compare view’s before-plan', () => {
  it('is the last saved version, followed through edits and saves, and nothing once closed', () => {
    const store = exampleStore();
    const saved = store.getState().plan;
    store.getState().dispatch(openCompareAction, { kind: 'saved' });
    store.getState().dispatch(updateNodeAction, { id: 'cpo', patch: { name: 'Maria F.' } });
    expect(store.getState().plan).not.toBe(saved);
    expect(comparedPlan(store.getState())).toBe(saved);
    store.getState().dispatch(markSavedAction, undefined);
    expect(comparedPlan(store.getState())).toBe(store.getState().plan);
    store.getState().dispatch(closeCompareAction, undefined);
    expect(comparedPlan(store.getState())).toBeNull();
  });

  it('is a file’s plan as it was read', () => {
    const store = exampleStore();
    const plan = { ...articleExamplePlan(), name: 'Proposal' };
    store.getState().dispatch(openCompareAction, { kind: 'file', fileName: 'proposal.orgplan.json', plan });
    expect(comparedPlan(store.getState())).toBe(plan);
    expect(sourceLabel({ kind: 'file', fileName: 'proposal.orgplan.json', plan })).toBe('“proposal.orgplan.json”');
  });

  it('is another scenario, live, and the saved as-is for a proposal never saved', () => {
    const store = exampleStore();
    const asIs = store.getState().plan;
    store.getState().dispatch(newScenarioAction, undefined);
    store.getState().dispatch(updateNodeAction, { id: 'cpo', patch: { name: 'Maria F.' } });
    store.getState().dispatch(openCompareAction, { kind: 'scenario', id: 'as-is', name: 'As-is' });
    expect(store.getState().scenarios.list[0]?.id).toBe('as-is');
    expect(comparedPlan(store.getState())).toBe(asIs);
    store.getState().dispatch(openCompareAction, { kind: 'saved' });
    expect(comparedPlan(store.getState())).toBe(asIs);
    // Switched to the as-is and compared with the proposal: the proposal's edits are there.
    store.getState().dispatch(switchScenarioAction, 'as-is');
    store.getState().dispatch(openCompareAction, { kind: 'scenario', id: 'scenario-2', name: 'Proposal 2' });
    expect(comparedPlan(store.getState())?.nodes.find((n) => n.id === 'cpo')?.name).toBe('Maria F.');
    expect(sourceLabel({ kind: 'scenario', id: 'scenario-2', name: 'Proposal 2' })).toBe('the scenario “Proposal 2”');
  });
});

describe('leaving the compare view', () => {
  it('Escape clears the highlight, then the selection, then closes the compare view', () => {
    const store = exampleStore();
    store.getState().dispatch(openCompareAction, { kind: 'saved' });
    store.setState({
      selection: selectionOf(['cpo']),
      ui: { ...store.getState().ui, highlight: { targetId: 'cpo', nodes: new Set(['cpo']), edges: new Set() } },
    });
    store.getState().dispatch(escapeAction, undefined);
    expect(store.getState().ui.highlight).toBeNull();
    expect(store.getState().ui.compare).not.toBeNull();
    store.getState().dispatch(escapeAction, undefined);
    expect(store.getState().selection.nodes.size).toBe(0);
    expect(store.getState().ui.compare).not.toBeNull();
    store.getState().dispatch(escapeAction, undefined);
    expect(store.getState().ui.compare).toBeNull();
  });

  it('keeps the filter only while open', () => {
    const store = exampleStore();
    store.getState().dispatch(setCompareFilterAction, 'moved');
    expect(store.getState().ui.compare).toBeNull();
    store.getState().dispatch(openCompareAction, { kind: 'saved' });
    store.getState().dispatch(setCompareFilterAction, 'moved');
    expect(store.getState().ui.compare?.filter).toBe('moved');
  });
});
