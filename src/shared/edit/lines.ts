/**
 * Lines made and removed by name rather than by dragging (the inspector's
 * "Reports to", "Dotted line to", "Member of" and "Engages"): the kind and the
 * direction are the user's, the checks are the drag's (graph/connections for
 * the kinds, lineRefusal for duplicates, checkConnection for cycles and the
 * one solid manager).
 */
import type { EdgeKind, Plan, PlanEdge, PlanNode } from '../model/types';
import { endpointProblem } from '../graph/connections';
import { indexPlan } from '../graph/index-plan';
import { connect, lineRefusal } from './connect';
import { deleteElements } from './delete';
import { describeEdge } from './describe';
import { EDGE_ID_PREFIX, type IdGenerator } from './ids';
import { refuse, type EditResult } from './result';

/** A line leaving a node and the node at its other end. */
export interface LineEnd {
  readonly edge: PlanEdge;
  readonly node: PlanNode;
}

/** The lines of `kind` leaving `nodeId`, with the node each ends at, in plan order. */
export function linesFrom(plan: Plan, nodeId: string, kind: EdgeKind): LineEnd[] {
  const index = indexPlan(plan);
  const out: LineEnd[] = [];
  for (const edge of index.edgesAt(nodeId)) {
    if (edge.source !== nodeId || edge.kind !== kind) continue;
    const node = index.nodeById.get(edge.target);
    if (node !== undefined) out.push({ edge, node });
  }
  return out;
}

/** Adds a line of `kind` from `sourceId` to `targetId`, or says why not. A new solid line replaces the old manager. */
export function addLine(
  plan: Plan,
  kind: EdgeKind,
  sourceId: string,
  targetId: string,
  newId: IdGenerator,
): EditResult<{ edgeId: string; message: string }> {
  const { nodeById } = indexPlan(plan);
  const source = nodeById.get(sourceId);
  const target = nodeById.get(targetId);
  if (source === undefined || target === undefined) return refuse('That node no longer exists.');
  const problem = endpointProblem(kind, source, target);
  if (problem !== null) return refuse(problem);
  if (kind !== 'dotted-line') {
    // The kinds now make `connect` infer exactly this kind, from the person, in this direction.
    const result = connect(plan, sourceId, targetId, newId, 'exact');
    return result.ok ? { ok: true, plan: result.plan, edgeId: result.edgeId, message: result.message } : result;
  }
  const refusal = lineRefusal(plan, { kind, source: sourceId, target: targetId });
  if (refusal !== null) return refuse(refusal);
  const edgeId = newId(EDGE_ID_PREFIX);
  return {
    ok: true,
    plan: { ...plan, edges: [...plan.edges, { id: edgeId, kind, source: sourceId, target: targetId }] },
    edgeId,
    message: describeEdge(kind, source, target),
  };
}

/** Removes one line; the message says which ("Removed: Lena (PO) engages Sales (internal stakeholder)"). */
export function removeLine(plan: Plan, edgeId: string): EditResult<{ message: string }> {
  const index = indexPlan(plan);
  const edge = plan.edges.find((e) => e.id === edgeId);
  const source = edge === undefined ? undefined : index.nodeById.get(edge.source);
  const target = edge === undefined ? undefined : index.nodeById.get(edge.target);
  if (edge === undefined || source === undefined || target === undefined) return refuse('That line no longer exists.');
  return {
    ok: true,
    plan: deleteElements(plan, [], [edgeId]),
    message: `Removed: ${describeEdge(edge.kind, source, target)}`,
  };
}
