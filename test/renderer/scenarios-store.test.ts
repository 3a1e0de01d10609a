/**
 * Scenarios in the editor store (issue 17): `plan` is the active scenario's, switching is not an edit, create,
 * rename and delete are one undo step each that restores the whole document, Save writes every scenario, and the
 * dirty flag covers them all.
 */
import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { markSavedAction, openPlanAction } from '../../src/renderer/src/actions/document';
import { deleteScenarioAction } from '../../src/renderer/src/actions/delete-scenario';
import { newPlanAction } from '../../src/renderer/src/actions/new-plan';
import { newScenarioAction } from '../../src/renderer/src/actions/new-scenario';
import { renamePlanAction } from '../../src/renderer/src/actions/rename-plan';
import { renameScenarioAction } from '../../src/renderer/src/actions/rename-scenario';
import { stepScenarioAction, switchScenarioAction } from '../../src/renderer/src/actions/switch-scenario';
import { updateNodeAction } from '../../src/renderer/src/actions/update-node';
import { createEditorStore } from '../../src/renderer/src/store/create-store';
import { documentOfState, liveScenarios, savedPlanOf } from '../../src/renderer/src/store/scenario-set';
import { isDirty } from '../../src/renderer/src/store/slices/document-slice';
import { DEFAULT_PREFERENCES } from '../../src/shared/settings/preferences';

function exampleStore() {
  return createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
}

const names = (store: ReturnType<typeof exampleStore>): string[] => store.getState().scenarios.list.map((s) => s.name);
const active = (store: ReturnType<typeof exampleStore>): string => store.getState().scenarios.activeId;
const firstId = (store: ReturnType<typeof exampleStore>): string => store.getState().plan.nodes[0]?.id as string;

describe('scenarios in the store', () => {
  it('a new scenario copies the shown plan, is shown at once, and is one undo step that restores the as-is', () => {
    const store = exampleStore();
    const asIs = store.getState().plan;
    store.getState().dispatch(newScenarioAction, undefined);
    expect(names(store)).toEqual(['As-is', 'Proposal 2']);
    expect(active(store)).toBe('scenario-2');
    expect(store.getState().plan).toEqual(asIs);
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(names(store)).toEqual(['As-is']);
    expect(active(store)).toBe('as-is');
    expect(isDirty(store.getState())).toBe(false);
  });

  it('edits change the shown scenario only; switching back shows the as-is unchanged and records nothing', () => {
    const store = exampleStore();
    const asIs = store.getState().plan;
    store.getState().dispatch(newScenarioAction, undefined);
    store.getState().dispatch(updateNodeAction, { id: firstId(store), patch: { name: 'Moved' } });
    const edited = store.getState().plan;
    const steps = store.temporal.getState().pastStates.length;
    store.getState().dispatch(switchScenarioAction, 'as-is');
    expect(store.getState().plan).toBe(asIs);
    expect(store.temporal.getState().pastStates.length).toBe(steps);
    store.getState().dispatch(stepScenarioAction, 1);
    expect(store.getState().plan).toBe(edited);
  });

  it('undoing an edit of another scenario shows that scenario again, as it was before the edit', () => {
    const store = exampleStore();
    store.getState().dispatch(newScenarioAction, undefined);
    const copied = store.getState().plan;
    store.getState().dispatch(updateNodeAction, { id: firstId(store), patch: { name: 'Moved' } });
    store.getState().dispatch(switchScenarioAction, 'as-is');
    store.getState().undo();
    expect(active(store)).toBe('scenario-2');
    expect(store.getState().plan).toBe(copied);
    // Redo returns to the state undo left: the as-is shown, the proposal edited.
    store.getState().redo();
    expect(active(store)).toBe('as-is');
    expect(store.getState().scenarios.list[1]?.plan.nodes[0]?.name).toBe('Moved');
  });

  it('rename and delete are undoable; the last scenario is never deleted, and says why', () => {
    const store = exampleStore();
    store.getState().dispatch(newScenarioAction, undefined);
    store.getState().dispatch(renameScenarioAction, { id: 'scenario-2', name: 'Split PMs' });
    expect(names(store)).toEqual(['As-is', 'Split PMs']);
    store.getState().dispatch(renameScenarioAction, { id: 'scenario-2', name: 'as-is' });
    expect(names(store)).toEqual(['As-is', 'Split PMs']);
    expect(store.getState().ui.notices.at(-1)?.text).toBe('There is already a scenario named “As-is”');
    store.getState().dispatch(deleteScenarioAction, 'scenario-2');
    expect(names(store)).toEqual(['As-is']);
    expect(active(store)).toBe('as-is');
    store.getState().dispatch(deleteScenarioAction, 'as-is');
    expect(names(store)).toEqual(['As-is']);
    expect(store.getState().ui.notices.at(-1)?.text).toBe('A plan keeps at least one scenario');
    store.getState().undo();
    expect(names(store)).toEqual(['As-is', 'Split PMs']);
    expect(active(store)).toBe('scenario-2');
    store.getState().undo();
    expect(names(store)).toEqual(['As-is', 'Proposal 2']);
  });

  it('Save writes every scenario; reopening shows the as-is with the proposal kept, and is clean', () => {
    const store = exampleStore();
    store.getState().dispatch(newScenarioAction, undefined);
    store.getState().dispatch(updateNodeAction, { id: firstId(store), patch: { name: 'Moved' } });
    const text = serializePlan(documentOfState(store.getState()));
    expect(JSON.parse(text)).toMatchObject({ version: 3, scenarios: [{ id: 'scenario-2', name: 'Proposal 2' }] });
    const reopened = exampleStore();
    const parsed = parsePlan(text);
    if (!parsed.ok) throw new Error('the saved plan did not load');
    reopened.getState().dispatch(openPlanAction, parsed.plan);
    expect(names(reopened)).toEqual(['As-is', 'Proposal 2']);
    expect(active(reopened)).toBe('as-is');
    expect(isDirty(reopened.getState())).toBe(false);
    const proposal = liveScenarios(reopened.getState().plan, reopened.getState().scenarios)[1];
    expect(proposal?.plan.nodes[0]?.name).toBe('Moved');
    expect(serializePlan(documentOfState(reopened.getState()))).toBe(text);
  });

  it('the dirty flag covers every scenario, and switching after a save is no change', () => {
    const store = exampleStore();
    store.getState().dispatch(newScenarioAction, undefined);
    store.getState().dispatch(markSavedAction, undefined);
    expect(isDirty(store.getState())).toBe(false);
    store.getState().dispatch(switchScenarioAction, 'as-is');
    expect(isDirty(store.getState())).toBe(false);
    store.getState().dispatch(switchScenarioAction, 'scenario-2');
    store.getState().dispatch(updateNodeAction, { id: firstId(store), patch: { name: 'Moved' } });
    store.getState().dispatch(switchScenarioAction, 'as-is');
    // The edited proposal is not shown, and the document is still dirty.
    expect(isDirty(store.getState())).toBe(true);
  });

  it("the title is the document's: renamed on a proposal, it shows on the as-is and a save keeps switching clean", () => {
    const store = exampleStore();
    store.getState().dispatch(newScenarioAction, undefined);
    store.getState().dispatch(renamePlanAction, 'Reorg 2027');
    store.getState().dispatch(markSavedAction, undefined);
    store.getState().dispatch(switchScenarioAction, 'as-is');
    expect(store.getState().plan.name).toBe('Reorg 2027');
    expect(isDirty(store.getState())).toBe(false);
    expect(documentOfState(store.getState()).name).toBe('Reorg 2027');
  });

  it('New starts a one-scenario document, and undoing it brings the scenarios back', () => {
    const store = exampleStore();
    store.getState().dispatch(newScenarioAction, undefined);
    store.getState().dispatch(newPlanAction, 'blank');
    expect(names(store)).toEqual(['As-is']);
    expect(serializePlan(documentOfState(store.getState()))).toContain('"version": 2');
    store.getState().undo();
    expect(names(store)).toEqual(['As-is', 'Proposal 2']);
  });

  it("savedPlanOf gives each scenario's saved version, whichever scenario was shown at the save", () => {
    const store = exampleStore();
    store.getState().dispatch(newScenarioAction, undefined);
    store.getState().dispatch(updateNodeAction, { id: firstId(store), patch: { name: 'Saved' } });
    const savedProposal = store.getState().plan;
    store.getState().dispatch(switchScenarioAction, 'as-is');
    const savedAsIs = store.getState().plan;
    store.getState().dispatch(markSavedAction, undefined);
    store.getState().dispatch(switchScenarioAction, 'scenario-2');
    store.getState().dispatch(updateNodeAction, { id: firstId(store), patch: { name: 'Later' } });
    expect(savedPlanOf(store.getState(), 'scenario-2')).toBe(savedProposal);
    expect(savedPlanOf(store.getState(), 'as-is')).toBe(savedAsIs);
    expect(savedPlanOf(store.getState(), 'nope')).toBeUndefined();
  });
});
