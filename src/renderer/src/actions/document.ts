/**
 * The document as a whole, for the file commands: open a plan (a new
 * history starts; nodes without a position are laid out) and mark the plan
 * saved (the dirty flag clears; the history stays).
 */
import { layoutPlan } from '@shared/layout/tree-layout';
import type { Plan } from '@shared/model/types';
import { scenarioSetOf } from '../store/scenario-set';
import { EMPTY_SELECTION } from '../store/slices/selection-slice';
import type { EditorAction } from '../store/types';

/** format.md: an absent position means "lay out automatically"; placed nodes keep theirs. */
function placed(plan: Plan): Plan {
  return plan.nodes.some((node) => node.position === undefined) ? layoutPlan(plan, { onlyMissing: true }) : plan;
}

/** Opens a document: its first scenario is shown, every scenario laid out where positions are missing. */
export const openPlanAction: EditorAction<Plan> = {
  perform(_state, opened) {
    const split = scenarioSetOf(opened);
    const list = split.scenarios.list.map((entry) => {
      const plan = placed(entry.plan);
      return plan === entry.plan ? entry : { ...entry, plan };
    });
    const scenarios = { ...split.scenarios, list };
    const plan = (list[0] ?? split).plan;
    return {
      plan,
      baseline: plan,
      scenarios,
      selection: EMPTY_SELECTION,
      // Notices were about the plan that is gone.
      ui: {
        collapsed: new Set(),
        highlight: null,
        renamingId: null,
        dragPositions: null,
        dropTarget: null,
        notices: [],
      },
      history: 'reset',
    };
  },
};

export const markSavedAction: EditorAction = {
  perform(state) {
    if (state.baseline === state.plan && state.baselineScenarios === state.scenarios) return null;
    return { baseline: state.plan, history: 'none' };
  },
};
