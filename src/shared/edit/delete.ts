/** Deleting nodes and edges; edges left dangling by a deleted node go with it. */
import type { Plan } from '../model/types';

/** The plan without these nodes, their edges and these edges. The same plan object when nothing matched. */
export function deleteElements(plan: Plan, nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): Plan {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  const keptNodes = nodes.size === 0 ? plan.nodes : plan.nodes.filter((node) => !nodes.has(node.id));
  const keptEdges = plan.edges.filter(
    (edge) => !edges.has(edge.id) && !nodes.has(edge.source) && !nodes.has(edge.target),
  );
  if (keptNodes.length === plan.nodes.length && keptEdges.length === plan.edges.length) return plan;
  return { ...plan, nodes: keptNodes, edges: keptEdges };
}
