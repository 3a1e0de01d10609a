/** Switch an edge's kind from the inspector (solid reporting line ↔ dotted line). */
import { setEdgeKind } from '@shared/edit';
import type { EdgeKind } from '@shared/model/types';
import type { EditorAction } from '../store/types';

export interface SetEdgeKindArg {
  readonly id: string;
  readonly kind: EdgeKind;
}

export const setEdgeKindAction: EditorAction<SetEdgeKindArg> = {
  perform(state, { id, kind }) {
    const result = setEdgeKind(state.plan, id, kind);
    if (!result.ok) return { history: 'none', notice: { tone: 'error', text: result.reason } };
    if (result.plan === state.plan) return null;
    return {
      plan: result.plan,
      history: 'record',
      ...(result.message !== undefined && { notice: { tone: 'info' as const, text: result.message } }),
    };
  },
};
