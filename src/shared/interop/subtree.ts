/**
 * One node and everyone who reports to it, directly or not, with the lines
 * among them: for exports too large for their target (Mermaid's renderer
 * stops at 500 edges) and for sharing one department. Teams and stakeholders
 * come along when a member of the subtree is linked to them. Breadth-first
 * with a queue, so a deep or cyclic plan costs no stack.
 */
import type { Plan } from '../model/types';

/** Undefined when `rootId` is not a node of the plan. */
export function subtreePlan(plan: Plan, rootId: string): Plan | undefined {
  if (!plan.nodes.some((node) => node.id === rootId)) return undefined;
  const reports = new Map<string, string[]>();
  for (const edge of plan.edges) {
    if (edge.kind !== 'reports-to') continue;
    const list = reports.get(edge.target) ?? [];
    list.push(edge.source);
    reports.set(edge.target, list);
  }
  const kept = new Set([rootId]);
  const queue = [rootId];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const report of reports.get(next) ?? []) {
      if (!kept.has(report)) {
        kept.add(report);
        queue.push(report);
      }
    }
  }
  // Teams and stakeholders a kept person belongs to or engages.
  for (const edge of plan.edges) {
    if ((edge.kind === 'member-of' || edge.kind === 'engages') && kept.has(edge.source)) kept.add(edge.target);
  }
  return {
    ...plan,
    nodes: plan.nodes.filter((node) => kept.has(node.id)),
    edges: plan.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)),
    ...(plan.waivers !== undefined && { waivers: plan.waivers.filter((waiver) => kept.has(waiver.nodeId)) }),
  };
}
