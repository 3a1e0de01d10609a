/**
 * indexPlan: the plan's graph index, built once per plan object and cached,
 * so the editor, the rules, the quick fixes and the UI reading one plan share
 * one index. Most edits change a few nodes and keep the edge array: the next
 * index then starts from the previous one instead of being built anew.
 */
import type { Plan, PlanNode } from '../model/types';
import { GraphIndex } from './graph-index';
import { buildTables, patchTables } from './tables';

const cache = new WeakMap<Plan, GraphIndex>();

/** The plan indexed last: the next edit most likely starts from it. */
let last: { readonly plan: Plan; readonly index: GraphIndex } | null = null;

/**
 * The previous index carried over to `plan`, when `plan` keeps the previous
 * plan's edge array and its nodes' ids and order (a rename, a move, a change
 * of role): the tables are shared, or only their kind parts rebuilt. Null
 * when that does not hold.
 */
function patchedIndex(plan: Plan, previous: { readonly plan: Plan; readonly index: GraphIndex }): GraphIndex | null {
  const before = previous.plan.nodes;
  if (plan.edges !== previous.plan.edges || plan.nodes.length !== before.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < before.length; i++) {
    if (plan.nodes[i] === before[i]) continue;
    if ((plan.nodes[i] as PlanNode).id !== (before[i] as PlanNode).id) return null;
    changed.push(i);
  }
  return new GraphIndex(plan.nodes, plan.edges, patchTables(previous.index.tables, plan.nodes, changed));
}

export function indexPlan(plan: Plan): GraphIndex {
  const cached = cache.get(plan);
  if (cached !== undefined) {
    // Undo/redo come back to a plan indexed before: the next edit starts from it.
    if (last?.plan !== plan) last = { plan, index: cached };
    return cached;
  }
  const index =
    (last !== null ? patchedIndex(plan, last) : null) ??
    new GraphIndex(plan.nodes, plan.edges, buildTables(plan.nodes, plan.edges));
  cache.set(plan, index);
  last = { plan, index };
  return index;
}
