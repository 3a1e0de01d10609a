/** Connect two nodes (drag from a handle to a node, or the inspector): the edge kind follows from the endpoints. */
import { connect, createIdGenerator, type ConnectDirection } from '@shared/edit';
import { selectionOf } from '../store/slices/selection-slice';
import type { EditorAction } from '../store/types';

export interface ConnectArg {
  readonly from: string;
  readonly to: string;
  /** A handle for a drag; 'exact' when the user named who reports to whom (the inspector). */
  readonly side: ConnectDirection;
}

export const connectNodesAction: EditorAction<ConnectArg> = {
  perform(state, { from, to, side }) {
    const result = connect(state.plan, from, to, createIdGenerator(state.plan), side);
    if (!result.ok) return { history: 'none', notice: { tone: 'error', text: result.reason } };
    return {
      plan: result.plan,
      selection: selectionOf([], [result.edgeId]),
      history: 'record',
      // A new manager replaced the old one: say so, the old line just vanished.
      ...(result.replacedManager && { notice: { tone: 'info' as const, text: `${result.message}.` } }),
    };
  },
};
