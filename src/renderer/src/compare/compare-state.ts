/**
 * The compare view's state, a field of the editor's UI state (never in the undo history): what the current plan
 * (the "after") is compared with, which kind of change the list shows and which change was picked last. The
 * "before" plan of a file lives here, as the file's plan never becomes the window's plan; the last saved version
 * is read from the store's `baseline` each time, so a Save while comparing compares with what was just saved.
 */
import { layoutPlan } from '@shared/layout/tree-layout';
import type { Plan } from '@shared/model/types';
import { savedPlanOf } from '../store/scenario-set';
import type { EditorAction, EditorSnapshot } from '../store/types';

export type CompareSource =
  | { readonly kind: 'saved' }
  | { readonly kind: 'file'; readonly fileName: string; readonly plan: Plan }
  /** Another scenario of this document, by id; its name as it was when the compare view opened. */
  | { readonly kind: 'scenario'; readonly id: string; readonly name: string };

/**
 * A plan file as a compare source. As File › Open does: nodes without a position are laid out, so each removed
 * one has a place for its ghost.
 */
export function fileCompareSource(fileName: string, plan: Plan): CompareSource {
  const placed = plan.nodes.some((node) => node.position === undefined)
    ? layoutPlan(plan, { onlyMissing: true })
    : plan;
  return { kind: 'file', fileName, plan: placed };
}

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

type CompareSides = Pick<EditorSnapshot, 'plan' | 'baseline' | 'scenarios' | 'baselineScenarios' | 'ui'>;

/**
 * The shown scenario as last opened or saved. A proposal made since the last save has no saved version: it is
 * compared with the saved scenario that was shown then (the baseline), which it was most likely made from.
 */
function savedPlan(state: CompareSides): Plan {
  return savedPlanOf(state, state.scenarios.activeId) ?? state.baseline;
}

/**
 * The plan the current one is compared with, or null when the compare view is closed (or its scenario was
 * deleted). A scenario is read live: edits made to it after switching to it and back show.
 */
export function comparedPlan(state: CompareSides): Plan | null {
  const compare = state.ui.compare;
  if (compare === null) return null;
  const source = compare.source;
  if (source.kind === 'saved') return savedPlan(state);
  if (source.kind === 'file') return source.plan;
  if (source.id === state.scenarios.activeId) return state.plan;
  return state.scenarios.list.find((scenario) => scenario.id === source.id)?.plan ?? null;
}

/** What the header of the changes panel calls the before-plan. */
export function sourceLabel(source: CompareSource): string {
  if (source.kind === 'saved') return 'the last saved version';
  return source.kind === 'file' ? `“${source.fileName}”` : `the scenario “${source.name}”`;
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
