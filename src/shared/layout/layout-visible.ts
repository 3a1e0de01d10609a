/**
 * Auto layout of what is shown: nodes folded away under a collapsed manager take no room, so a fold
 * closes its gap. The shown nodes are laid out as if the hidden ones did not exist; each hidden node
 * then moves with its nearest shown ancestor in the layout's tree (its collapsed manager, usually),
 * keeping its place relative to it, so expanding brings the subtree back in the shape it had.
 */
import type { Plan, PlanNode, Position } from '../model/types';
import { preorderOf } from './compact-blocks';
import { buildLayoutForest } from './forest';
import { layoutPlan, type LayoutOptions } from './tree-layout';

export function layoutShown(plan: Plan, hidden: ReadonlySet<string>, options: LayoutOptions = {}): Plan {
  if (hidden.size === 0) return layoutPlan(plan, options);
  const shown: Plan = {
    ...plan,
    nodes: plan.nodes.filter((node) => !hidden.has(node.id)),
    edges: plan.edges.filter((edge) => !hidden.has(edge.source) && !hidden.has(edge.target)),
  };
  const placed = new Map<string, Position | undefined>();
  for (const node of layoutPlan(shown, options).nodes) placed.set(node.id, node.position);
  // How far each node moves: a shown node by its own move, a hidden one by its parent's (parents come first).
  const forest = buildLayoutForest(plan);
  const before = new Map<string, Position | undefined>();
  for (const node of plan.nodes) if (!before.has(node.id)) before.set(node.id, node.position);
  const moveX = new Float64Array(forest.ids.length);
  const moveY = new Float64Array(forest.ids.length);
  for (const v of preorderOf(forest)) {
    const id = forest.ids[v] as string;
    const parent = forest.parent[v] as number;
    const from = before.get(id);
    const to = placed.get(id);
    if (!hidden.has(id)) {
      moveX[v] = from !== undefined && to !== undefined ? to.x - from.x : 0;
      moveY[v] = from !== undefined && to !== undefined ? to.y - from.y : 0;
    } else if (parent !== -1) {
      moveX[v] = moveX[parent] as number;
      moveY[v] = moveY[parent] as number;
    }
  }
  const index = new Map(forest.ids.map((id, v) => [id, v]));
  const nodes = plan.nodes.map((node): PlanNode => {
    if (!hidden.has(node.id)) {
      const to = placed.get(node.id);
      return to === undefined || to === node.position ? node : { ...node, position: to };
    }
    const v = index.get(node.id) as number;
    const [dx, dy] = [moveX[v] as number, moveY[v] as number];
    if (node.position === undefined || (dx === 0 && dy === 0)) return node;
    return { ...node, position: { x: node.position.x + dx, y: node.position.y + dy } };
  });
  return { ...plan, nodes };
}
