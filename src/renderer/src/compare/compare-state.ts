/**
 * The compare view's state, a field of the editor's UI state (never in the undo history): what the current plan
 * (the "after") is compared with, which kind of change the list shows and which change was picked last. The
 * "before" plan of a file lives here, as the file's plan never becomes the window's plan; the last saved version
 * is read from the store's `baseline` each time, so a Save while comparing compares with what was just saved.
 */
import type { Plan } from '@shared/model/types';
import type { EditorAction, EditorSnapshot } from '../store/types';

export type CompareSource =
  { readonly kind: 'saved' } | { readonly kind: 'file'; readonly fileName: string; readonly plan: Plan };

/** The groups of the changes list, in its order. */
export const CHANGE_KINDS = ['added', 'removed', 'renamed', 'changed', 'moved', 'lines'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface CompareUi {
  readonly source: CompareSource;
  /** The one kind of change the list shows; null shows them all. */
  readonly filter: ChangeKind | null;
  /** The row picked last (ChangeRow.key), drawn as the current one in the list and, for a removed node, on its ghost. */
  readonly active: string | null;
}

/** The plan the current one is compared with, or null when the compare view is closed. */
export function comparedPlan(state: Pick<EditorSnapshot, 'baseline' | 'ui'>): Plan | null {
  const compare = state.ui.compare;
  if (compare === null) return null;
  return compare.source.kind === 'saved' ? state.baseline : compare.source.plan;
}

/** What the header of the changes panel calls the before-plan. */
export function sourceLabel(source: CompareSource): string {
  return source.kind === 'saved' ? 'the last saved version' : `“${source.fileName}”`;
}

export const openCompareAction: EditorAction<CompareSource> = {
  perform(_state, source) {
    return { ui: { compare: { source, filter: null, active: null }, dialog: null }, history: 'none' };
  },
};

export const closeCompareAction: EditorAction = {
  perform(state) {
    return state.ui.compare === null ? null : { ui: { compare: null }, history: 'none' };
  },
};

export const setCompareFilterAction: EditorAction<ChangeKind | null> = {
  perform(state, filter) {
    const compare = state.ui.compare;
    if (compare === null || compare.filter === filter) return null;
    return { ui: { compare: { ...compare, filter } }, history: 'none' };
  },
};

export const setCompareActiveAction: EditorAction<string | null> = {
  perform(state, active) {
    const compare = state.ui.compare;
    if (compare === null || compare.active === active) return null;
    return { ui: { compare: { ...compare, active } }, history: 'none' };
  },
};
