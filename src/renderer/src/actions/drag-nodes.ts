/**
 * While nodes are dragged: their positions live in the UI slice (not the
 * plan, not the history) until the drag ends. When one person is dragged
 * over another, this also works out what dropping there would do.
 */
import { checkConnection, indexPlan, managerOf } from '@shared/edit';
import { isPersonKind, type Plan, type Position } from '@shared/model/types';
import { NODE_HEIGHT, NODE_WIDTH } from '@shared/layout/tree-layout';
import { hiddenNodes } from '@shared/view/hidden-nodes';
import type { DropTarget, EditorAction, EditorSnapshot } from '../store/types';

/** The person under the centre of the dragged card, if any. */
function personUnder(plan: Plan, draggedId: string, position: Position, hidden: ReadonlySet<string>): string | null {
  const cx = position.x + NODE_WIDTH / 2;
  const cy = position.y + NODE_HEIGHT / 2;
  for (const node of plan.nodes) {
    if (node.id === draggedId || !isPersonKind(node.kind) || node.position === undefined || hidden.has(node.id))
      continue;
    const { x, y } = node.position;
    if (cx >= x && cx <= x + NODE_WIDTH && cy >= y && cy <= y + NODE_HEIGHT) return node.id;
  }
  return null;
}

function dropTargetFor(state: EditorSnapshot, positions: ReadonlyMap<string, Position>): DropTarget | null {
  if (positions.size !== 1) return null;
  const [[nodeId, position]] = [...positions] as [[string, Position]];
  const node = indexPlan(state.plan).nodeById.get(nodeId);
  if (node === undefined || !isPersonKind(node.kind)) return null;
  const targetId = personUnder(state.plan, nodeId, position, hiddenNodes(state.plan, state.ui.collapsed));
  if (targetId === null || managerOf(state.plan, nodeId) === targetId) return null;
  const check = checkConnection(state.plan, nodeId, targetId, 'exact');
  return check.ok
    ? { nodeId, targetId, ok: true, message: `Release to change the manager: ${check.meaning}` }
    : { nodeId, targetId, ok: false, message: check.reason };
}

export const dragNodesAction: EditorAction<ReadonlyMap<string, Position>> = {
  perform(state, positions) {
    const merged = new Map(state.ui.dragPositions ?? []);
    for (const [id, position] of positions) merged.set(id, position);
    return { ui: { dragPositions: merged, dropTarget: dropTargetFor(state, merged) }, history: 'none' };
  },
};
