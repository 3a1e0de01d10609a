/**
 * Connecting two nodes: the edge kind follows from their kinds (graph/connections.ts);
 * connections `edge-endpoints` would reject, duplicates and reporting cycles
 * are refused with a reason. A person has one manager: connecting them to a
 * new manager replaces the old solid line (use a dotted line for a second one).
 */
import type { Plan, PlanEdge, PlanNode } from '../model/types';
import {
  directionByMeaning,
  endpointProblem,
  inferEdge,
  type ConnectDirection,
  type ProposedEdge,
} from '../graph/connections';
import { indexPlan } from '../graph/index-plan';
import { describeEdge, describeNode } from './describe';
import { isAtOrAbove } from './hierarchy';
import { EDGE_ID_PREFIX, type IdGenerator } from './ids';
import { refuse, type EditResult, type Refusal } from './result';

export interface ConnectionCheck {
  readonly ok: true;
  readonly edge: ProposedEdge;
  /** Solid reporting lines this one replaces (the person's previous manager). */
  readonly replaces: readonly PlanEdge[];
  /** What the connection means, e.g. "Lena Schmidt (PO) reports to Daniel Okafor (PM)". */
  readonly meaning: string;
  /** The meaning, and the manager it replaces if any: "... (instead of Priya Raman (PM))". */
  readonly message: string;
  /** For a drag between two people whose roles decided the direction: why, e.g. "a PO reports to a PM". */
  readonly directionBecause?: string;
}

function alreadyConnected(edge: ProposedEdge, source: PlanNode, target: PlanNode): string {
  const s = describeNode(source);
  const t = describeNode(target);
  switch (edge.kind) {
    case 'member-of':
      return `${s} is already a member of ${t}.`;
    case 'engages':
      return `${s} already engages ${t}.`;
    case 'dotted-line':
      return `${s} already has a dotted line to ${t}.`;
    case 'reports-to':
      return `${s} already reports to ${t}.`;
  }
}

/**
 * Why the editor refuses this line in `plan`, leaving out the edge with id
 * `self` (the line itself, when it is already there): kinds it may not join
 * (graph/connections), a line of the same kind between the same two nodes, or
 * a solid and a dotted line from one person to the same other. Null when the
 * editor accepts it. Reporting cycles are checked apart (checkConnection), as
 * only new solid lines can close one.
 */
export function lineRefusal(plan: Plan, edge: ProposedEdge, self?: string): string | null {
  const index = indexPlan(plan);
  const source = index.nodeById.get(edge.source);
  const target = index.nodeById.get(edge.target);
  if (source === undefined || target === undefined) return 'That node no longer exists.';
  const problem = endpointProblem(edge.kind, source, target);
  if (problem !== null) return problem;
  const between = index
    .edgesAt(source.id)
    .filter((e) => e.id !== self && e.source === source.id && e.target === target.id);
  if (between.some((e) => e.kind === edge.kind)) return alreadyConnected(edge, source, target);
  if (edge.kind === 'reports-to' && between.some((e) => e.kind === 'dotted-line'))
    return `${describeNode(source)} already has a dotted line to ${describeNode(target)}: select it and make it solid instead.`;
  if (edge.kind === 'dotted-line' && between.some((e) => e.kind === 'reports-to'))
    return alreadyConnected({ ...edge, kind: 'reports-to' }, source, target);
  return null;
}

/**
 * What connecting `fromId` to `toId` would do, or why it is refused: by a drag
 * from a handle (`side`), or 'exact' ("from" reports to "to"). Pure; the plan
 * is not changed.
 */
export function checkConnection(
  plan: Plan,
  fromId: string,
  toId: string,
  side: ConnectDirection = 'exact',
): ConnectionCheck | Refusal {
  const index = indexPlan(plan);
  const { nodeById } = index;
  const from = nodeById.get(fromId);
  const to = nodeById.get(toId);
  if (from === undefined || to === undefined) return refuse('That node no longer exists.');
  const inferred = inferEdge(from, to, side);
  if ('reason' in inferred) return refuse(inferred.reason);
  const refusal = lineRefusal(plan, inferred);
  if (refusal !== null) return refuse(refusal);
  const source = nodeById.get(inferred.source) as PlanNode;
  const target = nodeById.get(inferred.target) as PlanNode;
  let replaces: readonly PlanEdge[] = [];
  const meaning = describeEdge(inferred.kind, source, target);
  let message = meaning;
  if (inferred.kind === 'reports-to') {
    if (isAtOrAbove(plan, source.id, target.id))
      return refuse(
        `${describeNode(target)} already reports (directly or through others) to ${describeNode(source)}, so this would make a reporting cycle.`,
      );
    replaces = index.managerLines(source.id);
    const previous = replaces[0] === undefined ? undefined : nodeById.get(replaces[0].target);
    if (previous !== undefined) message += ` (instead of ${describeNode(previous)})`;
  }
  const decided = side === 'exact' ? undefined : directionByMeaning(from, to);
  return decided === undefined
    ? { ok: true, edge: inferred, replaces, meaning, message }
    : { ok: true, edge: inferred, replaces, meaning, message, directionBecause: decided.because };
}

/** Applies a checked connection: removes the replaced lines, adds the new edge. */
export function applyConnection(
  plan: Plan,
  check: ConnectionCheck,
  newId: IdGenerator,
): { plan: Plan; edgeId: string } {
  const drop = new Set(check.replaces.map((edge) => edge.id));
  const edges = drop.size === 0 ? [...plan.edges] : plan.edges.filter((edge) => !drop.has(edge.id));
  const edgeId = newId(EDGE_ID_PREFIX);
  edges.push({ id: edgeId, ...check.edge });
  return { plan: { ...plan, edges }, edgeId };
}

export function connect(
  plan: Plan,
  fromId: string,
  toId: string,
  newId: IdGenerator,
  side: ConnectDirection = 'exact',
): EditResult<{ edgeId: string; message: string; replacedManager: boolean }> {
  const check = checkConnection(plan, fromId, toId, side);
  if (!check.ok) return check;
  const applied = applyConnection(plan, check, newId);
  return {
    ok: true,
    plan: applied.plan,
    edgeId: applied.edgeId,
    message: check.message,
    replacedManager: check.replaces.length > 0,
  };
}

/** Makes `nodeId` report to `managerId` (dropping a person onto a person): the old manager is replaced. */
export function reparent(
  plan: Plan,
  nodeId: string,
  managerId: string,
  newId: IdGenerator,
): EditResult<{ edgeId: string; message: string; replacedManager: boolean }> {
  const { nodeById } = indexPlan(plan);
  const node = nodeById.get(nodeId);
  const manager = nodeById.get(managerId);
  if (node === undefined || manager === undefined) return refuse('That node no longer exists.');
  const problem = endpointProblem('reports-to', node, manager);
  if (problem !== null) return refuse(problem);
  return connect(plan, nodeId, managerId, newId, 'exact');
}
