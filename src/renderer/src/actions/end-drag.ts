/**
 * The end of a drag (or an arrow-key nudge): the new positions enter the plan
 * in one undo step. A person dropped onto another person is re-parented
 * instead: they now report to that person and go back to where they were.
 */
import { createIdGenerator, moveNodes, reparent } from '@shared/edit';
import type { Position } from '@shared/model/types';
import type { EditorAction } from '../store/types';

export const endDragAction: EditorAction<ReadonlyMap<string, Position>> = {
  perform(state, positions) {
    const drop = state.ui.dropTarget;
    const clear = { dragPositions: null, dropTarget: null };
    if (drop?.ok === true && positions.size <= 1) {
      const result = reparent(state.plan, drop.nodeId, drop.targetId, createIdGenerator(state.plan));
      if (result.ok)
        return {
          plan: result.plan,
          ui: clear,
          history: 'record',
          notice: { tone: 'info', text: `${result.message}. Auto layout (Shift+L) tidies the chart.` },
        };
    }
    const merged = new Map(state.ui.dragPositions ?? []);
    for (const [id, position] of positions) merged.set(id, position);
    const plan = moveNodes(state.plan, merged);
    return plan === state.plan ? { ui: clear, history: 'none' } : { plan, ui: clear, history: 'record' };
  },
};
