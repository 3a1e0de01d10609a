/**
 * Look-ups the edits (and the UI) need again and again: nodes by id, a
 * person's manager, a manager's direct reports, edges by node. Built once per
 * plan object and cached, so many readers of one plan share one index.
 */
import { isPersonKind, type Plan, type PlanEdge, type PlanNode } from '../model/types';

export interface PlanIndex {
  readonly nodeById: ReadonlyMap<string, PlanNode>;
  readonly edgeById: ReadonlyMap<string, PlanEdge>;
  /** Solid `reports-to` edges leaving each person (normally at most one). */
  readonly managerEdges: ReadonlyMap<string, readonly PlanEdge[]>;
  /** Solid `reports-to` edges arriving at each person: their direct reports. */
  readonly reportEdges: ReadonlyMap<string, readonly PlanEdge[]>;
  /**
   * Every `reports-to` edge leaving each node, whatever the kinds of its ends
   * (self-loops aside): what `no-reporting-cycles` follows, so cycle checks
   * before an edit must follow it too.
   */
  readonly reportsToEdges: ReadonlyMap<string, readonly PlanEdge[]>;
  /** Every edge touching each node. */
  readonly edgesByNode: ReadonlyMap<string, readonly PlanEdge[]>;
}

const cache = new WeakMap<Plan, PlanIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** True when the edge is a solid reporting line between two people (the hierarchy). */
export function isHierarchyEdge(edge: PlanEdge, nodeById: ReadonlyMap<string, PlanNode>): boolean {
  if (edge.kind !== 'reports-to') return false;
  const source = nodeById.get(edge.source);
  const target = nodeById.get(edge.target);
  return source !== undefined && target !== undefined && isPersonKind(source.kind) && isPersonKind(target.kind);
}

export function indexPlan(plan: Plan): PlanIndex {
  const cached = cache.get(plan);
  if (cached !== undefined) return cached;
  const nodeById = new Map<string, PlanNode>();
  for (const node of plan.nodes) if (!nodeById.has(node.id)) nodeById.set(node.id, node);
  const edgeById = new Map<string, PlanEdge>();
  const managerEdges = new Map<string, PlanEdge[]>();
  const reportEdges = new Map<string, PlanEdge[]>();
  const reportsToEdges = new Map<string, PlanEdge[]>();
  const edgesByNode = new Map<string, PlanEdge[]>();
  for (const edge of plan.edges) {
    edgeById.set(edge.id, edge);
    push(edgesByNode, edge.source, edge);
    if (edge.target !== edge.source) push(edgesByNode, edge.target, edge);
    if (edge.kind === 'reports-to' && edge.source !== edge.target) push(reportsToEdges, edge.source, edge);
    if (isHierarchyEdge(edge, nodeById)) {
      push(managerEdges, edge.source, edge);
      push(reportEdges, edge.target, edge);
    }
  }
  const index: PlanIndex = { nodeById, edgeById, managerEdges, reportEdges, reportsToEdges, edgesByNode };
  cache.set(plan, index);
  return index;
}

/** The person's manager: the target of their first solid reporting line. */
export function managerOf(plan: Plan, nodeId: string): string | undefined {
  return indexPlan(plan).managerEdges.get(nodeId)?.[0]?.target;
}

/** Ids of the people who report directly to `nodeId`. */
export function directReports(plan: Plan, nodeId: string): string[] {
  return (indexPlan(plan).reportEdges.get(nodeId) ?? []).map((edge) => edge.source);
}
