/**
 * The editor store: zustand with zundo's `temporal` middleware, whose history
 * keeps only the document (`partialize`) and records a step only when the
 * plan object changed (`equality`). Actions are applied by `dispatch`, which
 * honours each result's history mode.
 */
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { Plan } from '@shared/model/types';
import type { Preferences } from '@shared/settings/preferences';
import { createDocumentSlice } from './slices/document-slice';
import { createSelectionSlice, pruneSelection } from './slices/selection-slice';
import { createUiSlice, MAX_NOTICES } from './slices/ui-slice';
import { singleScenarioSet } from './scenario-set';
import type { ActionResult, EditorState, HistoryState } from './types';

/** Undo steps kept; plans share unchanged nodes between steps, so this is cheap. */
const HISTORY_LIMIT = 300;

let nextNoticeId = 1;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function createEditorStore(init: { plan: Plan; settings: Preferences }) {
  // The closures below run after creation, when `editorStore` (and its `temporal` history store) exists.
  const editorStore = createStore<EditorState>()(
    temporal(
      (set, get) => {
        function apply(result: ActionResult): void {
          const state = get();
          const patch: Partial<Mutable<EditorState>> = {};
          if (result.plan !== undefined) patch.plan = result.plan;
          if (result.baseline !== undefined) patch.baseline = result.baseline;
          if (result.scenarios !== undefined) patch.scenarios = result.scenarios;
          // A new plan with a new baseline and no scenarios is a new document (New, an import): one scenario.
          else if (result.baseline !== undefined && result.plan !== undefined)
            patch.scenarios = singleScenarioSet(result.plan);
          if (result.baseline !== undefined) patch.baselineScenarios = patch.scenarios ?? state.scenarios;
          if (result.selection !== undefined) patch.selection = result.selection;
          if (result.ui !== undefined || result.notice !== undefined) {
            let ui = result.ui === undefined ? state.ui : { ...state.ui, ...result.ui };
            if (result.notice !== undefined) {
              const notices = [...ui.notices, { id: nextNoticeId++, ...result.notice }].slice(-MAX_NOTICES);
              ui = { ...ui, notices };
            }
            patch.ui = ui;
          }
          const history = editorStore.temporal.getState();
          const documentChanged =
            (patch.plan !== undefined && patch.plan !== state.plan) ||
            (patch.scenarios !== undefined && patch.scenarios !== state.scenarios);
          if (result.history === 'none' && documentChanged) {
            history.pause();
            set(patch);
            history.resume();
          } else {
            set(patch);
          }
          if (result.history === 'reset') history.clear();
        }

        /** After undo or redo: forget selected ids that are gone and any gesture in progress. */
        function afterTimeTravel(): void {
          const state = get();
          set({
            selection: pruneSelection(state.selection, state.plan),
            ui: { ...state.ui, renamingId: null, dragPositions: null, dropTarget: null },
          });
        }

        return {
          ...createDocumentSlice(init.plan),
          ...createSelectionSlice(),
          ...createUiSlice(init.settings),
          dispatch: (action, arg) => {
            const result = action.perform(get(), arg);
            if (result !== null) apply(result);
          },
          undo: () => {
            const history = editorStore.temporal.getState();
            if (history.pastStates.length === 0) return;
            history.undo();
            afterTimeTravel();
          },
          redo: () => {
            const history = editorStore.temporal.getState();
            if (history.futureStates.length === 0) return;
            history.redo();
            afterTimeTravel();
          },
        };
      },
      {
        partialize: (state): HistoryState => ({ plan: state.plan, scenarios: state.scenarios }),
        equality: (past, current) => past.plan === current.plan && past.scenarios === current.scenarios,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return editorStore;
}

export type EditorStore = ReturnType<typeof createEditorStore>;
