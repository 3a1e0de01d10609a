/** Shift+arrow: moves the selected cards one grid step, one undo step per press. */
import { moveNodes } from '@shared/edit';
import type { Position } from '@shared/model/types';
import type { EditorAction } from '../store/types';
import { GRID_SIZE } from './snap';

export interface NudgeArg {
  /** -1, 0 or 1 grid steps across and down. */
  readonly dx: number;
  readonly dy: number;
}

export const nudgeSelectionAction: EditorAction<NudgeArg> = {
  perform(state, { dx, dy }) {
    if (state.selection.nodes.size === 0) return null;
    const positions = new Map<string, Position>();
    for (const node of state.plan.nodes) {
      if (!state.selection.nodes.has(node.id)) continue;
      const { x, y } = node.position ?? { x: 0, y: 0 };
      positions.set(node.id, { x: x + dx * GRID_SIZE, y: y + dy * GRID_SIZE });
    }
    const plan = moveNodes(state.plan, positions);
    return plan === state.plan ? null : { plan, history: 'record' };
  },
};
