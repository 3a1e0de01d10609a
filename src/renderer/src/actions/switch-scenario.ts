/**
 * Show another scenario of the document. Not an edit: nothing enters the undo history and the dirty flag does not
 * change. The document's title goes with it (every scenario shares it); selection and folds were about the
 * plan left behind.
 */
import type { Plan } from '@shared/model/types';
import { liveScenarios } from '../store/scenario-set';
import { EMPTY_SELECTION } from '../store/slices/selection-slice';
import type { ActionResult, EditorAction, EditorSnapshot, HistoryMode, ScenarioSet } from '../store/types';

/** The state change that shows scenario `activeId` of `set`, whose entries hold every scenario's current plan. */
export function showScenario(state: EditorSnapshot, set: ScenarioSet, history: HistoryMode): ActionResult {
  const entry = set.list.find((s) => s.id === set.activeId);
  if (entry === undefined) throw new Error(`no scenario ${set.activeId}`);
  const titled: Plan =
    entry.plan.name === state.plan.name
      ? entry.plan
      : { ...entry.plan, ...(state.plan.name !== undefined && { name: state.plan.name }) };
  const sameView = titled === state.plan;
  return {
    plan: titled,
    scenarios: set,
    ...(!sameView && { selection: EMPTY_SELECTION }),
    ui: {
      ...(!sameView && { collapsed: new Set<string>(), highlight: null }),
      renamingId: null,
      dragPositions: null,
      dropTarget: null,
      problems: { ...state.ui.problems, active: null },
    },
    history,
  };
}

export const switchScenarioAction: EditorAction<string> = {
  perform(state, id) {
    if (id === state.scenarios.activeId || !state.scenarios.list.some((s) => s.id === id)) return null;
    return showScenario(state, { activeId: id, list: liveScenarios(state.plan, state.scenarios) }, 'none');
  },
};

/** The next (1) or previous (-1) scenario in the switcher's order, wrapping around. */
export const stepScenarioAction: EditorAction<1 | -1> = {
  perform(state, step) {
    const { list, activeId } = state.scenarios;
    if (list.length < 2) return null;
    const index = list.findIndex((s) => s.id === activeId);
    const next = list[(index + step + list.length) % list.length];
    return next === undefined ? null : switchScenarioAction.perform(state, next.id);
  },
};
