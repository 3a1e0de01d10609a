/** Delete the selected nodes and edges (Delete / Backspace); edges of deleted nodes go with them. */
import { deleteElements } from '@shared/edit';
import { EMPTY_SELECTION, isEmptySelection } from '../store/slices/selection-slice';
import type { EditorAction } from '../store/types';

export const deleteSelectionAction: EditorAction = {
  perform(state) {
    if (isEmptySelection(state.selection)) return null;
    const plan = deleteElements(state.plan, state.selection.nodes, state.selection.edges);
    if (plan === state.plan) return null;
    return { plan, selection: EMPTY_SELECTION, ui: { renamingId: null }, history: 'record' };
  },
};
