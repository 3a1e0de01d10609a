/**
 * Changing an edge's kind, in practice a solid reporting line ↔ a dotted
 * line. Making a dotted line solid makes it the person's manager: their
 * previous solid line becomes dotted, so they still have one manager.
 */
import type { EdgeKind, Plan, PlanEdge, PlanNode } from '../model/types';
import { indexPlan } from '../graph/index-plan';
import { describeNode } from './describe';
import { lineRefusal } from './connect';
import { isAtOrAbove } from './hierarchy';
import { refuse, type EditResult } from './result';

export function setEdgeKind(plan: Plan, edgeId: string, kind: EdgeKind): EditResult<{ message?: string }> {
  const index = indexPlan(plan);
  const { edgeById, nodeById } = index;
  const edge = edgeById.get(edgeId);
  if (edge === undefined) return refuse('That connection no longer exists.');
  if (edge.kind === kind) return { ok: true, plan };
  const source = nodeById.get(edge.source) as PlanNode;
  const target = nodeById.get(edge.target) as PlanNode;
  const problem = lineRefusal(plan, { kind, source: source.id, target: target.id }, edgeId);
  if (problem !== null) return refuse(problem);
  const demote = new Set<string>();
  let message: string | undefined;
  if (kind === 'reports-to') {
    if (isAtOrAbove(plan, source.id, target.id))
      return refuse(
        `${describeNode(target)} already reports (directly or through others) to ${describeNode(source)}, so a solid line would make a reporting cycle.`,
      );
    for (const other of index.managerLines(source.id)) demote.add(other.id);
    const previous = [...demote].map((id) => nodeById.get((edgeById.get(id) as PlanEdge).target));
    if (previous[0] !== undefined)
      message = `${describeNode(source)} now reports to ${describeNode(target)}; the line to ${describeNode(previous[0])} is now dotted.`;
  }
  const edges = plan.edges.map((e): PlanEdge => {
    if (e.id === edgeId) return { ...e, kind };
    if (demote.has(e.id)) return { ...e, kind: 'dotted-line' };
    return e;
  });
  return message === undefined
    ? { ok: true, plan: { ...plan, edges } }
    : { ok: true, plan: { ...plan, edges }, message };
}

/** Solid ↔ dotted for a line between two people. */
export function toggleDottedLine(plan: Plan, edgeId: string): EditResult<{ message?: string }> {
  const edge = indexPlan(plan).edgeById.get(edgeId);
  if (edge === undefined) return refuse('That connection no longer exists.');
  if (edge.kind === 'reports-to') return setEdgeKind(plan, edgeId, 'dotted-line');
  if (edge.kind === 'dotted-line') return setEdgeKind(plan, edgeId, 'reports-to');
  return refuse('Only a line between two people can be switched between solid and dotted.');
}
