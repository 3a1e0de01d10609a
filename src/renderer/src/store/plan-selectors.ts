/**
 * Values derived from the plan, computed once per plan object and shared by
 * every reader (a WeakMap keyed by the immutable plan). Later the rule
 * violations come from here the same way: `memoByPlan(checkPlan)`.
 */
import type { Plan } from '@shared/model/types';
import { subtree } from '@shared/edit';
import { indexPlan } from '@shared/graph';

export function memoByPlan<T>(compute: (plan: Plan) => T): (plan: Plan) => T {
  const cache = new WeakMap<Plan, T>();
  return (plan) => {
    if (cache.has(plan)) return cache.get(plan) as T;
    const value = compute(plan);
    cache.set(plan, value);
    return value;
  };
}

export interface PlanCounts {
  readonly people: number;
  readonly pms: number;
  readonly pos: number;
  readonly teams: number;
  readonly stakeholders: number;
  readonly edges: number;
}

export const planCounts = memoByPlan((plan): PlanCounts => {
  let pms = 0;
  let pos = 0;
  let others = 0;
  let teams = 0;
  let stakeholders = 0;
  for (const node of plan.nodes) {
    if (node.kind === 'pm') pms++;
    else if (node.kind === 'po') pos++;
    else if (node.kind === 'person') others++;
    else if (node.kind === 'team') teams++;
    else stakeholders++;
  }
  return { people: pms + pos + others, pms, pos, teams, stakeholders, edges: plan.edges.length };
});

/** True when the node has anything below it to collapse: reports, teams or stakeholders. */
export function hasSubtree(plan: Plan, id: string): boolean {
  const index = indexPlan(plan);
  return (
    index.reportLines(id).length > 0 ||
    index.linesFrom('member-of', id).length > 0 ||
    index.linesFrom('engages', id).length > 0
  );
}

const subtreeSizes = memoByPlan(() => new Map<string, number>());

/** How many nodes collapsing `id` hides. */
export function collapsedCount(plan: Plan, id: string): number {
  const sizes = subtreeSizes(plan);
  let size = sizes.get(id);
  if (size === undefined) {
    size = Math.max(0, subtree(plan, id).length - 1);
    sizes.set(id, size);
  }
  return size;
}

/** "PO: Lena Schmidt · 2 members" for a team card. */
export function teamSummary(plan: Plan, teamId: string): string {
  const members = indexPlan(plan).teamMembers(teamId);
  const pos = members
    .filter((node) => node.kind === 'po')
    .map((node) => (node.name.trim() === '' ? 'open role' : node.name));
  const count = `${members.length} ${members.length === 1 ? 'member' : 'members'}`;
  if (pos.length === 0) return `No PO · ${count}`;
  return `PO: ${pos.join(', ')} · ${count}`;
}
