/**
 * The plan as the canvas shows it: people inside collapsed subtrees left out,
 * and each collapsed card carrying how many it folds away, for an export
 * "as shown" (collapsed subtrees as one box with a count). Exports draw the
 * whole plan unless asked for this.
 */
import { hiddenByCollapse, subtree } from '../edit';
import type { Plan } from '../model/types';

export interface ShownPlan {
  readonly plan: Plan;
  /** People folded into each visible collapsed card. */
  readonly folded: ReadonlyMap<string, number>;
  readonly hidden: number;
}

export function asShown(plan: Plan, collapsed: ReadonlySet<string>): ShownPlan {
  const hidden = hiddenByCollapse(plan, collapsed);
  if (hidden.size === 0) return { plan, folded: new Map(), hidden: 0 };
  const folded = new Map<string, number>();
  for (const id of collapsed) {
    if (hidden.has(id)) continue;
    const count = subtree(plan, id).length - 1;
    if (count > 0) folded.set(id, count);
  }
  return {
    plan: {
      ...plan,
      nodes: plan.nodes.filter((node) => !hidden.has(node.id)),
      edges: plan.edges.filter((edge) => !hidden.has(edge.source) && !hidden.has(edge.target)),
    },
    folded,
    hidden: hidden.size,
  };
}
