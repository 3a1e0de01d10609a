/** The problems panel and moving between problems: UI state and selection only, never in the undo history. */
import { violationKey } from '@shared/fixes';
import type { Violation } from '@shared/rules/violation';
import { selectionOf } from '../store/slices/selection-slice';
import type { EditorAction, ProblemsUi } from '../store/types';

/** Opens the panel (on `tab`), or closes it when it is already open on that tab. */
export const toggleProblemsAction: EditorAction<ProblemsUi['tab'] | undefined> = {
  perform(state, tab) {
    const current = state.ui.problems;
    const want = tab ?? current.tab;
    const open = !(current.open && current.tab === want);
    return { ui: { problems: { ...current, open, tab: want } }, history: 'none' };
  },
};

export const closeProblemsAction: EditorAction = {
  perform(state) {
    const current = state.ui.problems;
    return current.open ? { ui: { problems: { ...current, open: false } }, history: 'none' } : null;
  },
};

/** Selects a problem: its nodes and edges on the canvas, its row and explanation in the (opened) panel. */
export const focusProblemAction: EditorAction<Violation> = {
  perform(state, violation) {
    return {
      selection: selectionOf(violation.nodeIds, violation.edgeIds),
      ui: {
        problems: { open: true, tab: 'problems', active: violationKey(violation) },
        highlight: null,
      },
      history: 'none',
    };
  },
};

/** Opens the waiver dialog for one problem. */
export const startWaiveAction: EditorAction<Violation> = {
  perform(_state, violation) {
    return { ui: { dialog: 'waive', waiveKey: violationKey(violation) }, history: 'none' };
  },
};

export const cancelWaiveAction: EditorAction = {
  perform(state) {
    return state.ui.dialog === 'waive' ? { ui: { dialog: null, waiveKey: null }, history: 'none' } : null;
  },
};
