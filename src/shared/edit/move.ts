/** Moving nodes: one call for a whole drag, so it is one undo step. */
import type { Plan, PlanNode, Position } from '../model/types';

/** The plan with new positions; the same plan object when no position changed. */
export function moveNodes(plan: Plan, positions: ReadonlyMap<string, Position>): Plan {
  const nodes: PlanNode[] = [];
  let moved = 0;
  for (const node of plan.nodes) {
    const position = positions.get(node.id);
    if (position === undefined || (node.position?.x === position.x && node.position.y === position.y)) {
      nodes.push(node);
    } else {
      moved++;
      nodes.push({ ...node, position: { x: position.x, y: position.y } });
    }
  }
  return moved === 0 ? plan : { ...plan, nodes };
}
