/**
 * The scenario edits the app offers, as pure functions on a scenario list: create a proposal from a scenario,
 * rename one, delete one (never the last). Each returns a new list, or a message saying why it cannot.
 */
import { MAX_SCENARIOS, MAX_SCENARIO_NAME_LENGTH } from '../model/limits';
import { scenarioNameKey, scenarioNameProblem } from '../model/plan-scenarios';
import type { Scenario } from './scenario-list';

export type ScenarioEdit = { ok: true; list: Scenario[]; id: string } | { ok: false; message: string };

/** The first `Proposal N` not taken, N starting at the new scenario's place in the list ("Proposal 2"). */
export function freshScenarioName(list: readonly Scenario[]): string {
  const taken = new Set(list.map((s) => scenarioNameKey(s.name)));
  let n = list.length + 1;
  while (taken.has(scenarioNameKey(`Proposal ${n}`))) n++;
  return `Proposal ${n}`;
}

/** The first `scenario-N` not taken. */
export function freshScenarioId(list: readonly Scenario[]): string {
  const taken = new Set(list.map((s) => s.id));
  let n = list.length + 1;
  while (taken.has(`scenario-${n}`)) n++;
  return `scenario-${n}`;
}

/**
 * A new scenario after the others, holding the plan of `sourceId`. Plans are immutable values (every edit makes a
 * new one), so the new scenario shares the source's nodes and edges until either is edited: a copy at no cost,
 * even at 10,000 people.
 */
export function createScenarioFrom(list: readonly Scenario[], sourceId: string): ScenarioEdit {
  const source = list.find((s) => s.id === sourceId);
  if (source === undefined) return { ok: false, message: `there is no scenario "${sourceId}"` };
  if (list.length > MAX_SCENARIOS)
    return { ok: false, message: `a plan holds at most ${MAX_SCENARIOS + 1} scenarios; delete one first` };
  const id = freshScenarioId(list);
  return { ok: true, list: [...list, { id, name: freshScenarioName(list), plan: source.plan }], id };
}

/** Renames a scenario; the name is trimmed and must be non-empty and unlike every other scenario's. */
export function renameScenario(list: readonly Scenario[], id: string, name: string): ScenarioEdit {
  const index = list.findIndex((s) => s.id === id);
  const scenario = list[index];
  if (scenario === undefined) return { ok: false, message: `there is no scenario "${id}"` };
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, message: 'A scenario needs a name' };
  if (scenarioNameProblem(trimmed) !== undefined)
    return { ok: false, message: `A scenario name has at most ${MAX_SCENARIO_NAME_LENGTH} characters` };
  const clash = list.find((s) => s.id !== id && scenarioNameKey(s.name) === scenarioNameKey(trimmed));
  if (clash !== undefined) return { ok: false, message: `There is already a scenario named “${clash.name}”` };
  if (trimmed === scenario.name) return { ok: true, list: [...list], id };
  return { ok: true, list: list.map((s) => (s.id === id ? { ...s, name: trimmed } : s)), id };
}

/**
 * Deletes a scenario, never the last one. `id` in the result is the scenario to show next: the one after the
 * deleted one, or before it when it was last. Deleting the first (the root) makes the next one the root.
 */
export function deleteScenario(list: readonly Scenario[], id: string): ScenarioEdit {
  const index = list.findIndex((s) => s.id === id);
  if (index < 0) return { ok: false, message: `there is no scenario "${id}"` };
  if (list.length === 1) return { ok: false, message: 'A plan keeps at least one scenario' };
  const rest = list.filter((s) => s.id !== id);
  const next = rest[Math.min(index, rest.length - 1)] as Scenario;
  return { ok: true, list: rest, id: next.id };
}
