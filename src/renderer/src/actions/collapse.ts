/**
 * Collapse or expand a manager's subtree (C, or the chevron on the card). UI only, not in the history, unless the
 * plan asks to be re-laid out on every fold (`layout.relayoutOnCollapse`): then the new positions are one undo step.
 */
import { hiddenByCollapse, indexPlan } from '@shared/edit';
import { selectionOf } from '../store/slices/selection-slice';
import type { EditorAction } from '../store/types';
import { hasSubtree } from '../store/plan-selectors';
import { relaidOut } from './auto-layout';

export const toggleCollapseAction: EditorAction<string | undefined> = {
  /** `id`: the node to fold; undefined for the selected nodes. */
  perform(state, id) {
    const ids = (id === undefined ? [...state.selection.nodes] : [id]).filter(
      (nodeId) => state.ui.collapsed.has(nodeId) || hasSubtree(state.plan, nodeId),
    );
    if (ids.length === 0)
      return {
        history: 'none',
        notice: { tone: 'info', text: 'Select a manager (or a PO with teams) to collapse their subtree.' },
      };
    const collapsed = new Set(state.ui.collapsed);
    const expand = ids.every((nodeId) => collapsed.has(nodeId));
    for (const nodeId of ids) {
      if (expand) collapsed.delete(nodeId);
      else collapsed.add(nodeId);
    }
    // Nothing stays selected out of sight: a Delete must never remove what the user cannot see.
    const hidden = hiddenByCollapse(state.plan, collapsed);
    const { edgeById } = indexPlan(state.plan);
    const selection = selectionOf(
      [...state.selection.nodes].filter((n) => !hidden.has(n)),
      [...state.selection.edges].filter((e) => {
        const edge = edgeById.get(e);
        return edge !== undefined && !hidden.has(edge.source) && !hidden.has(edge.target);
      }),
    );
    const plan = state.plan.layout?.relayoutOnCollapse === true ? relaidOut(state.plan, collapsed) : null;
    return plan === null
      ? { ui: { collapsed }, selection, history: 'none' }
      : { plan, ui: { collapsed }, selection, history: 'record' };
  },
};
