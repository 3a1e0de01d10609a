/** Walking the solid reporting hierarchy: chains upwards, subtrees downwards. Cycle-safe. */
import { isPersonKind, type Plan } from '../model/types';
import { indexPlan } from '../graph/index-plan';

/**
 * True when `ancestorId` is `nodeId` or above it through `reports-to` lines,
 * including lines that join the wrong kinds: a new line from `ancestorId` up to
 * `nodeId` would then close a cycle that `no-reporting-cycles` reports.
 */
export function isAtOrAbove(plan: Plan, ancestorId: string, nodeId: string): boolean {
  const index = indexPlan(plan);
  const seen = new Set<string>();
  const stack = [nodeId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === ancestorId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of index.reportsToLines(id)) stack.push(edge.target);
  }
  return false;
}

/** The person's manager: the target of their first solid reporting line. */
export function managerOf(plan: Plan, nodeId: string): string | undefined {
  return indexPlan(plan).managerOf(nodeId);
}

/** Ids of the people who report directly to `nodeId`. */
export function directReports(plan: Plan, nodeId: string): string[] {
  return indexPlan(plan).directReports(nodeId);
}

export interface Chain {
  /** The node, its manager, their manager... up to the top. */
  readonly nodeIds: readonly string[];
  /** The reporting edges between them. */
  readonly edgeIds: readonly string[];
}

/** The reporting chain from `nodeId` up to the top, following each person's first manager. */
export function reportingChain(plan: Plan, nodeId: string): Chain {
  const index = indexPlan(plan);
  const nodeIds: string[] = [];
  const edgeIds: string[] = [];
  const seen = new Set<string>();
  let current: string | undefined = index.hasNode(nodeId) ? nodeId : undefined;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    nodeIds.push(current);
    const edge = index.managerLines(current)[0];
    if (edge === undefined || seen.has(edge.target)) break;
    edgeIds.push(edge.id);
    current = edge.target;
  }
  return { nodeIds, edgeIds };
}

/** Everyone below `nodeId` in the solid hierarchy (not the node itself), breadth first. */
export function descendants(plan: Plan, nodeId: string): string[] {
  const index = indexPlan(plan);
  const out: string[] = [];
  const seen = new Set<string>([nodeId]);
  const queue = [nodeId];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of index.reportLines(queue[i] as string)) {
      if (seen.has(edge.source)) continue;
      seen.add(edge.source);
      out.push(edge.source);
      queue.push(edge.source);
    }
  }
  return out;
}

/**
 * Teams and stakeholders that belong wholly to a group of people: every
 * person joined to them is in `people`. A team shared with someone outside
 * the group is not included.
 */
export function attachmentsOf(plan: Plan, people: ReadonlySet<string>): string[] {
  const index = indexPlan(plan);
  const candidates = new Set<string>();
  for (const id of people) {
    for (const edge of index.edgesAt(id)) {
      if (edge.source !== id) continue;
      const target = index.nodeById.get(edge.target);
      if (target !== undefined && !isPersonKind(target.kind)) candidates.add(target.id);
    }
  }
  const out: string[] = [];
  for (const id of candidates) {
    const edges = index.edgesAt(id);
    if (edges.every((edge) => edge.target !== id || people.has(edge.source))) out.push(id);
  }
  return out;
}

/** A manager, everyone below them, and the teams and stakeholders only they deal with. */
export function subtree(plan: Plan, nodeId: string): string[] {
  if (!indexPlan(plan).hasNode(nodeId)) return [];
  const people = new Set([nodeId, ...descendants(plan, nodeId)]);
  return [...people, ...attachmentsOf(plan, people)];
}

/** What collapsing these nodes hides: their subtrees without themselves. */
export function hiddenByCollapse(plan: Plan, collapsed: ReadonlySet<string>): Set<string> {
  const hidden = new Set<string>();
  for (const id of collapsed) {
    if (hidden.has(id) || !indexPlan(plan).hasNode(id)) continue;
    for (const member of subtree(plan, id)) if (member !== id) hidden.add(member);
  }
  // A collapsed node inside another collapsed subtree is hidden too; its own subtree already is.
  return hidden;
}
