/** Selection actions: never in the undo history. */
import { subtree } from '@shared/edit';
import { EMPTY_SELECTION, isEmptySelection, selectionOf } from '../store/slices/selection-slice';
import type { EditorAction } from '../store/types';

export interface SelectChange {
  readonly id: string;
  readonly selected: boolean;
}

/** Applies React Flow's select changes (click, shift-click, box select, pane click). */
export const applySelectChangesAction: EditorAction<{
  readonly nodes?: readonly SelectChange[];
  readonly edges?: readonly SelectChange[];
}> = {
  perform(state, changes) {
    const nodes = new Set(state.selection.nodes);
    const edges = new Set(state.selection.edges);
    for (const change of changes.nodes ?? []) {
      if (change.selected) nodes.add(change.id);
      else nodes.delete(change.id);
    }
    for (const change of changes.edges ?? []) {
      if (change.selected) edges.add(change.id);
      else edges.delete(change.id);
    }
    return { selection: selectionOf(nodes, edges), history: 'none' };
  },
};

export const selectAllAction: EditorAction<ReadonlySet<string>> = {
  /** `hidden`: nodes folded away by collapsed managers stay unselected. */
  perform(state, hidden) {
    const nodes = state.plan.nodes.filter((node) => !hidden.has(node.id)).map((node) => node.id);
    const edges = state.plan.edges
      .filter((edge) => !hidden.has(edge.source) && !hidden.has(edge.target))
      .map((edge) => edge.id);
    return { selection: selectionOf(nodes, edges), history: 'none' };
  },
};

/** Escape on the canvas: first the search highlight goes, then the selection, then the compare view. */
export const escapeAction: EditorAction = {
  perform(state) {
    if (state.ui.highlight !== null) return { ui: { highlight: null }, history: 'none' };
    if (!isEmptySelection(state.selection)) return { selection: EMPTY_SELECTION, history: 'none' };
    return state.ui.compare === null ? null : { ui: { compare: null }, history: 'none' };
  },
};

/** Select a manager with everyone below them and their teams and stakeholders (ready to copy or move). */
export const selectSubtreeAction: EditorAction<string> = {
  perform(state, id) {
    const ids = subtree(state.plan, id);
    const set = new Set(ids);
    const edges = state.plan.edges.filter((edge) => set.has(edge.source) && set.has(edge.target)).map((e) => e.id);
    return { selection: selectionOf(ids, edges), history: 'none' };
  },
};
