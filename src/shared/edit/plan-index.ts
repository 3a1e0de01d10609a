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

/** The plan indexed last: most edits change a few nodes and keep the edges, so the next index starts from it. */
let last: { readonly plan: Plan; readonly index: PlanIndex } | null = null;

/** Changed nodes beyond which patching the previous index is no cheaper than building a new one. */
const MAX_PATCHED_NODES = 64;

/**
 * The previous index with a few nodes swapped, when `plan` keeps the previous plan's edge array and node order and
 * every changed node keeps its id and whether it is a person (what the hierarchy maps depend on): a rename or a
 * move at 5,000 people then costs one Map copy instead of six maps rebuilt. Null when that does not hold.
 */
function patchedIndex(plan: Plan, previous: { readonly plan: Plan; readonly index: PlanIndex }): PlanIndex | null {
  const before = previous.plan.nodes;
  if (plan.edges !== previous.plan.edges || plan.nodes.length !== before.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < before.length; i++) {
    if (plan.nodes[i] === before[i]) continue;
    const was = before[i] as PlanNode;
    const now = plan.nodes[i] as PlanNode;
    if (was.id !== now.id || isPersonKind(was.kind) !== isPersonKind(now.kind)) return null;
    if (changed.push(i) > MAX_PATCHED_NODES) return null;
  }
  const nodeById = new Map(previous.index.nodeById);
  for (const i of changed) {
    const was = before[i] as PlanNode;
    // With duplicate ids the map holds the first node of each id; a later duplicate changing leaves it alone.
    if (nodeById.get(was.id) === was) nodeById.set(was.id, plan.nodes[i] as PlanNode);
  }
  return { ...previous.index, nodeById };
}

function buildIndex(plan: Plan): PlanIndex {
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
  return { nodeById, edgeById, managerEdges, reportEdges, reportsToEdges, edgesByNode };
}

export function indexPlan(plan: Plan): PlanIndex {
  const cached = cache.get(plan);
  if (cached !== undefined) {
    // Undo/redo come back to a plan indexed before: the next edit starts from it.
    if (last?.plan !== plan) last = { plan, index: cached };
    return cached;
  }
  const index = (last !== null ? patchedIndex(plan, last) : null) ?? buildIndex(plan);
  cache.set(plan, index);
  last = { plan, index };
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
