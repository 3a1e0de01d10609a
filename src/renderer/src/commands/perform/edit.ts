/** Edit: history, selection, clipboard and the selected cards and lines. */
import { hiddenNodes } from '@shared/view/hidden-nodes';
import { copyAction, cutAction, duplicateAction, pasteAction } from '../../actions/clipboard';
import { deleteSelectionAction } from '../../actions/delete-selection';
import { escapeAction, selectAllAction, selectSubtreeAction } from '../../actions/selection';
import { toggleDottedLineAction } from '../../actions/toggle-dotted-line';
import { startRenameAction } from '../../actions/ui';
import type { EditorAction } from '../../store/types';
import type { CommandBehaviour, GroupBehaviours } from '../command-types';

/** A command that dispatches one argument-less store action. */
const dispatching = (action: EditorAction<undefined>): CommandBehaviour => ({
  perform: ({ dispatch }) => {
    dispatch(action, undefined);
  },
});

export const EDIT_COMMANDS: GroupBehaviours<'Edit'> = {
  undo: {
    enabled: (store) => store.temporal.getState().pastStates.length > 0,
    perform: ({ state }) => {
      state().undo();
    },
  },
  redo: {
    enabled: (store) => store.temporal.getState().futureStates.length > 0,
    perform: ({ state }) => {
      state().redo();
    },
  },
  rename: dispatching(startRenameAction),
  delete: dispatching(deleteSelectionAction),
  selectAll: {
    perform: ({ state, dispatch }) => {
      dispatch(selectAllAction, hiddenNodes(state().plan, state().ui.collapsed));
    },
  },
  selectSubtree: {
    enabled: (store) => store.getState().selection.nodes.size > 0,
    perform: ({ state, dispatch }) => {
      const [first] = state().selection.nodes;
      if (first !== undefined) dispatch(selectSubtreeAction, first);
    },
  },
  escape: dispatching(escapeAction),
  copy: dispatching(copyAction),
  cut: dispatching(cutAction),
  paste: dispatching(pasteAction),
  duplicate: dispatching(duplicateAction),
  toggleDotted: dispatching(toggleDottedLineAction),
};
