/**
 * The document's scenarios in the store (ScenarioSet): splitting an opened document into the active plan and
 * the others, putting the live scenarios back into one document to save, and the dirty flag across them.
 */
import type { Plan } from '@shared/model/types';
import { documentOf, scenariosOf, type Scenario } from '@shared/scenarios/scenario-list';
import type { DocumentSlice, ScenarioSet } from './types';

/** An opened document: its first scenario becomes the active plan. */
export function scenarioSetOf(doc: Plan): { plan: Plan; scenarios: ScenarioSet } {
  const list = scenariosOf(doc);
  const first = list[0] as Scenario;
  return { plan: first.plan, scenarios: { activeId: first.id, list } };
}

/** A new document of one plan (New, an import): one scenario, "As-is". */
export function singleScenarioSet(plan: Plan): ScenarioSet {
  return scenarioSetOf(plan).scenarios;
}

/** The scenario's plan as it is now: `plan` for the active one, its entry's otherwise. */
function livePlan(entry: Scenario, set: ScenarioSet, plan: Plan): Plan {
  return entry.id === set.activeId ? plan : entry.plan;
}

/** Every scenario with its current plan, the active one's live plan included. */
export function liveScenarios(plan: Plan, set: ScenarioSet): Scenario[] {
  return set.list.map((entry) => (entry.id === set.activeId ? { ...entry, plan } : entry));
}

/** The whole document, every scenario in it, as Save writes it. */
export function documentOfState(state: Pick<DocumentSlice, 'plan' | 'scenarios'>): Plan {
  return documentOf(liveScenarios(state.plan, state.scenarios), state.plan.name);
}

/**
 * Same content but perhaps another title: switching carries the document's title to the scenario shown, which
 * is no change to the document.
 */
function sameBody(a: Plan, b: Plan): boolean {
  return (
    a.nodes === b.nodes &&
    a.edges === b.edges &&
    a.rules === b.rules &&
    a.waivers === b.waivers &&
    a.layout === b.layout &&
    a.extra === b.extra
  );
}

/**
 * True when the document differs from the one last opened or saved (undo back to it makes it clean again).
 * The active plan is compared by identity, as before scenarios; the others by their contents' identity. Switching
 * scenarios is no change. O(number of scenarios).
 */
export function documentDiffers(
  state: Pick<DocumentSlice, 'plan' | 'baseline' | 'scenarios' | 'baselineScenarios'>,
): boolean {
  const now = state.scenarios;
  const then = state.baselineScenarios;
  if (now === then) return state.plan !== state.baseline;
  if (state.plan.name !== state.baseline.name || now.list.length !== then.list.length) return true;
  return now.list.some((entry, index) => {
    const saved = then.list[index];
    if (saved === undefined || saved.id !== entry.id || saved.name !== entry.name) return true;
    const current = livePlan(entry, now, state.plan);
    const before = livePlan(saved, then, state.baseline);
    if (current === before) return false;
    // Active then and now: by identity, so a restored draft (a copy of its baseline) stays dirty.
    if (entry.id === now.activeId && saved.id === then.activeId) return true;
    return !sameBody(current, before);
  });
}

/**
 * The scenario's plan as last opened or saved, or undefined when it did not exist then. For "compare with the last
 * saved version": `baseline` is the saved version of the scenario shown at the save, not necessarily of this one.
 */
export function savedPlanOf(
  state: Pick<DocumentSlice, 'baseline' | 'baselineScenarios'>,
  id: string,
): Plan | undefined {
  const saved = state.baselineScenarios;
  if (saved.activeId === id) return state.baseline;
  return saved.list.find((entry) => entry.id === id)?.plan;
}
