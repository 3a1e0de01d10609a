/**
 * The document as a whole, for the file commands: open a plan (a new
 * history starts; nodes without a position are laid out) and mark the plan
 * saved (the dirty flag clears; the history stays).
 */
import { layoutPlan } from '@shared/layout/tree-layout';
import type { Plan } from '@shared/model/types';
import { EMPTY_SELECTION } from '../store/slices/selection-slice';
import type { EditorAction } from '../store/types';

export const openPlanAction: EditorAction<Plan> = {
  perform(_state, opened) {
    // format.md: an absent position means "lay out automatically"; placed nodes keep theirs.
    const plan = opened.nodes.some((node) => node.position === undefined)
      ? layoutPlan(opened, { onlyMissing: true })
      : opened;
    return {
      plan,
      baseline: plan,
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
    return state.baseline === state.plan ? null : { baseline: state.plan, history: 'none' };
  },
};
