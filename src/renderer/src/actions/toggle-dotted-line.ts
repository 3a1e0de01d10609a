/** Switch the selected reporting lines between solid and dotted (D), as one undo step. */
import { toggleDottedLine } from '@shared/edit';
import type { EditorAction } from '../store/types';

export const toggleDottedLineAction: EditorAction = {
  perform(state) {
    if (state.selection.edges.size === 0)
      return { history: 'none', notice: { tone: 'info', text: 'Select a line between two people to make it dotted.' } };
    let plan = state.plan;
    let refusal: string | undefined;
    let message: string | undefined;
    for (const id of state.selection.edges) {
      const result = toggleDottedLine(plan, id);
      if (result.ok) {
        plan = result.plan;
        message = result.message ?? message;
      } else refusal ??= result.reason;
    }
    const text = refusal ?? message;
    const notice =
      text === undefined
        ? {}
        : { notice: { tone: refusal !== undefined ? ('error' as const) : ('info' as const), text } };
    if (plan === state.plan) return { history: 'none', ...notice };
    return { plan, history: 'record', ...notice };
  },
};
