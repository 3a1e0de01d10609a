/**
 * Lines made and removed from the inspector, by name: one undo step each. A
 * refused line is said in a notice (the same words as a refused drag), never
 * dropped silently.
 */
import { addLine, createIdGenerator, removeLine } from '@shared/edit';
import type { EdgeKind } from '@shared/model/types';
import { pruneSelection } from '../store/slices/selection-slice';
import type { EditorAction } from '../store/types';

export interface AddLineArg {
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
}

export const addLineAction: EditorAction<AddLineArg> = {
  perform(state, { kind, source, target }) {
    const result = addLine(state.plan, kind, source, target, createIdGenerator(state.plan));
    if (!result.ok) return { history: 'none', notice: { tone: 'error', text: `Not connected: ${result.reason}` } };
    return { plan: result.plan, history: 'record', notice: { tone: 'info', text: `${result.message}.` } };
  },
};

export const removeLineAction: EditorAction<string> = {
  perform(state, edgeId) {
    const result = removeLine(state.plan, edgeId);
    if (!result.ok) return { history: 'none', notice: { tone: 'error', text: result.reason } };
    return {
      plan: result.plan,
      selection: pruneSelection(state.selection, result.plan),
      history: 'record',
      notice: { tone: 'info', text: `${result.message}.` },
    };
  },
};
