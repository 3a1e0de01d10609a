/** Go to a search hit: select it, unfold what hides it, highlight its reporting chain up to the top. */
import { hiddenByCollapse, indexPlan, reportingChain, subtree } from '@shared/edit';
import { selectionOf } from '../store/slices/selection-slice';
import type { EditorAction } from '../store/types';

export const findNodeAction: EditorAction<string> = {
  perform(state, id) {
    if (!indexPlan(state.plan).nodeById.has(id)) return null;
    const chain = reportingChain(state.plan, id);
    let collapsed = state.ui.collapsed;
    if (hiddenByCollapse(state.plan, collapsed).has(id)) {
      // Unfold every collapsed node that hides it.
      collapsed = new Set([...collapsed].filter((c) => c === id || !subtree(state.plan, c).includes(id)));
    }
    return {
      selection: selectionOf([id]),
      ui: {
        collapsed,
        highlight: { targetId: id, nodes: new Set(chain.nodeIds), edges: new Set(chain.edgeIds) },
      },
      history: 'none',
    };
  },
};

export const clearHighlightAction: EditorAction = {
  perform(state) {
    return state.ui.highlight === null ? null : { ui: { highlight: null }, history: 'none' };
  },
};
