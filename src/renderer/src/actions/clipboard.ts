/** Copy (Ctrl+C), cut (Ctrl+X), paste (Ctrl+V) and duplicate (Ctrl+D); a paste is one undo step. */
import { copyFragment, createIdGenerator, deleteElements, pasteFragment, type Fragment } from '@shared/edit';
import { EMPTY_SELECTION, selectionOf } from '../store/slices/selection-slice';
import type { ActionResult, EditorAction, EditorSnapshot } from '../store/types';

/** How far each successive paste lands from the original. */
const PASTE_OFFSET = 40;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function paste(state: EditorSnapshot, fragment: Fragment, times: number): ActionResult {
  const offset = { x: PASTE_OFFSET * times, y: PASTE_OFFSET * times };
  const result = pasteFragment(state.plan, fragment, createIdGenerator(state.plan), offset);
  return { plan: result.plan, selection: selectionOf(result.nodeIds, result.edgeIds), history: 'record' };
}

export const copyAction: EditorAction = {
  perform(state) {
    if (state.selection.nodes.size === 0) return null;
    const clipboard = copyFragment(state.plan, state.selection.nodes);
    return {
      ui: { clipboard, pasteCount: 0 },
      history: 'none',
      notice: { tone: 'info', text: `Copied ${plural(clipboard.nodes.length, 'node')}.` },
    };
  },
};

export const cutAction: EditorAction = {
  perform(state) {
    if (state.selection.nodes.size === 0) return null;
    const clipboard = copyFragment(state.plan, state.selection.nodes);
    return {
      plan: deleteElements(state.plan, state.selection.nodes, state.selection.edges),
      selection: EMPTY_SELECTION,
      // A cut's first paste goes back where the nodes were.
      ui: { clipboard, pasteCount: -1 },
      history: 'record',
    };
  },
};

export const pasteAction: EditorAction = {
  perform(state) {
    const clipboard = state.ui.clipboard;
    if (clipboard === null || clipboard.nodes.length === 0)
      return { history: 'none', notice: { tone: 'info', text: 'Nothing to paste: copy some nodes first (Ctrl+C).' } };
    const times = state.ui.pasteCount + 1;
    return { ...paste(state, clipboard, times), ui: { pasteCount: times } };
  },
};

export const duplicateAction: EditorAction = {
  perform(state) {
    if (state.selection.nodes.size === 0) return null;
    return paste(state, copyFragment(state.plan, state.selection.nodes), 1);
  },
};
