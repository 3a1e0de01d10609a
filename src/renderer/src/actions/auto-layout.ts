/** Auto layout (Shift+L): the reporting tree top-down, teams below their PO, as one undo step. */
import { layoutPlan } from '@shared/layout/tree-layout';
import type { Position } from '@shared/model/types';
import type { EditorAction } from '../store/types';

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a?.x === b?.x && a?.y === b?.y;
}

export const autoLayoutAction: EditorAction = {
  perform(state) {
    const plan = layoutPlan(state.plan);
    const moved = plan.nodes.some((node, i) => !samePosition(node.position, state.plan.nodes[i]?.position));
    // Already laid out: no empty undo step.
    return moved ? { plan, history: 'record' } : null;
  },
};
