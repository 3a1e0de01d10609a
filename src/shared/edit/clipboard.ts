/**
 * Copy, paste and duplicate. A fragment is a self-contained piece of a plan:
 * some nodes and the edges among them. Pasting gives every node and edge a
 * new id from the generator and shifts the positions, so a paste never
 * collides with what is already there.
 */
import type { Plan, PlanEdge, PlanNode, Position } from '../model/types';
import { EDGE_ID_PREFIX, type IdGenerator } from './ids';

export interface Fragment {
  readonly nodes: readonly PlanNode[];
  readonly edges: readonly PlanEdge[];
}

/** The nodes (in plan order) and every edge whose both ends are among them. */
export function copyFragment(plan: Plan, nodeIds: Iterable<string>): Fragment {
  const ids = new Set(nodeIds);
  return {
    nodes: plan.nodes.filter((node) => ids.has(node.id)),
    edges: plan.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}

export interface PasteResult {
  readonly plan: Plan;
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

export function pasteFragment(plan: Plan, fragment: Fragment, newId: IdGenerator, offset: Position): PasteResult {
  const idMap = new Map<string, string>();
  const nodes = fragment.nodes.map((node): PlanNode => {
    const id = newId(node.kind);
    idMap.set(node.id, id);
    return node.position === undefined
      ? { ...node, id }
      : { ...node, id, position: { x: node.position.x + offset.x, y: node.position.y + offset.y } };
  });
  const edges: PlanEdge[] = [];
  for (const edge of fragment.edges) {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (source !== undefined && target !== undefined)
      edges.push({ ...edge, id: newId(EDGE_ID_PREFIX), source, target });
  }
  if (nodes.length === 0) return { plan, nodeIds: [], edgeIds: [] };
  return {
    plan: { ...plan, nodes: [...plan.nodes, ...nodes], edges: [...plan.edges, ...edges] },
    nodeIds: nodes.map((node) => node.id),
    edgeIds: edges.map((edge) => edge.id),
  };
}

/** Copy and paste in one step, without touching a clipboard. */
export function duplicateNodes(
  plan: Plan,
  nodeIds: Iterable<string>,
  newId: IdGenerator,
  offset: Position,
): PasteResult {
  return pasteFragment(plan, copyFragment(plan, nodeIds), newId, offset);
}
