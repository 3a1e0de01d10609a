/** Named hooks over the editor store, each with a narrow selector. */
import { useStore } from 'zustand';
import type { Plan, PlanEdge, PlanNode } from '@shared/model/types';
import { indexPlan } from '@shared/edit';
import { minimapShown } from '@shared/view/minimap-rule';
import type { Preferences } from '@shared/settings/preferences';
import { useEditorStore } from './context';
import { isDirty } from './slices/document-slice';
import type { EditorState, UiState } from './types';

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

export function useUi<T>(selector: (ui: UiState) => T): T {
  return useEditor((state) => selector(state.ui));
}

export const usePlan = (): Plan => useEditor((state) => state.plan);
export const useSettings = (): Preferences => useEditor((state) => state.ui.settings);
/** Whether the minimap is shown: the setting, the plan's size and the session's explicit choice. */
export const useMinimapShown = (): boolean =>
  useEditor((state) =>
    minimapShown({
      settings: state.ui.settings,
      minimapOnLargePlans: state.ui.minimapOnLargePlans,
      nodeCount: state.plan.nodes.length,
    }),
  );
export const useDispatch = (): EditorState['dispatch'] => useEditor((state) => state.dispatch);
export const useIsDirty = (): boolean => useEditor(isDirty);

/** The one selected node when exactly one node and no edge is selected. */
export function useSingleSelectedNode(): PlanNode | undefined {
  return useEditor((state) => {
    const { nodes, edges } = state.selection;
    if (nodes.size !== 1 || edges.size !== 0) return undefined;
    const [id] = nodes;
    return indexPlan(state.plan).nodeById.get(id as string);
  });
}

/** The one selected edge when exactly one edge and no node is selected. */
export function useSingleSelectedEdge(): PlanEdge | undefined {
  return useEditor((state) => {
    const { nodes, edges } = state.selection;
    if (edges.size !== 1 || nodes.size !== 0) return undefined;
    const [id] = edges;
    return indexPlan(state.plan).edgeById.get(id as string);
  });
}
