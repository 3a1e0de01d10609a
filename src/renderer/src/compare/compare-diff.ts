/**
 * The diff the compare view shows, computed once per pair of plans (after-plan object, before-plan object) and
 * shared by the canvas marks, the ghosts and the changes panel. diffPlans is linear and reuses the rule checks
 * the problems panel has already run (planViolations is memoised per plan), so an edit costs one diff and a drag,
 * which changes no plan until it ends, costs none.
 */
import { diffPlans, type PlanDiff } from '@shared/diff/diff-plans';
import type { Plan } from '@shared/model/types';
import { planViolations } from '../problems/violations';
import { useEditor } from '../store/hooks';
import { comparedPlan } from './compare-state';

export interface CompareView {
  readonly before: Plan;
  readonly after: Plan;
  readonly diff: PlanDiff;
}

const views = new WeakMap<Plan, CompareView>();

/** The same object for the same two plans, so selectors that return it keep React from re-rendering. */
export function compareView(before: Plan, after: Plan): CompareView {
  const hit = views.get(after);
  if (hit?.before === before) return hit;
  const diff = diffPlans(before, after, {
    beforeViolations: planViolations(before),
    afterViolations: planViolations(after),
  });
  const view = { before, after, diff };
  views.set(after, view);
  return view;
}

/** The compare view of the window's plan, or null while the compare view is closed. */
export function useCompareView(): CompareView | null {
  return useEditor((state) => {
    const before = comparedPlan(state);
    return before === null ? null : compareView(before, state.plan);
  });
}
