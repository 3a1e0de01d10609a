/**
 * The document's scenarios for components: the switcher, and the compare view, which diffs any two of them.
 * `useScenarioList()` gives every scenario `{ id, name, plan }` in the switcher's order (the root first), the
 * active one with its live plan; the array is the same object until a plan or the scenarios change.
 */
import { useMemo } from 'react';
import type { Scenario } from '@shared/scenarios/scenario-list';
import { useEditor } from './hooks';
import { liveScenarios } from './scenario-set';

export function useScenarioList(): readonly Scenario[] {
  const plan = useEditor((state) => state.plan);
  const scenarios = useEditor((state) => state.scenarios);
  return useMemo(() => liveScenarios(plan, scenarios), [plan, scenarios]);
}

/** The id of the scenario the canvas shows and edits. */
export const useActiveScenarioId = (): string => useEditor((state) => state.scenarios.activeId);
