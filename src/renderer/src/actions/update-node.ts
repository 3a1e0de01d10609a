/** Change a node's fields (inspector, rename in place). No change, no undo step. */
import { updateNode, type NodePatch } from '@shared/edit';
import type { EditorAction } from '../store/types';

export interface UpdateNodeArg {
  readonly id: string;
  readonly patch: NodePatch;
}

export const updateNodeAction: EditorAction<UpdateNodeArg> = {
  perform(state, { id, patch }) {
    const result = updateNode(state.plan, id, patch);
    if (!result.ok) return { history: 'none', notice: { tone: 'error', text: result.reason } };
    if (result.plan === state.plan) return null;
    return { plan: result.plan, history: 'record' };
  },
};
