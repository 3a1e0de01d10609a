/**
 * `FILE#scenario` on the command line: a scenario named by its id or its name (trimmed, any case), the id first.
 */
import { scenarioNameKey } from '../model/plan-scenarios';
import type { Scenario } from './scenario-list';

export type ScenarioPick = { ok: true; scenario: Scenario } | { ok: false; message: string };

export function pickScenario(list: readonly Scenario[], wanted: string): ScenarioPick {
  const byId = list.find((s) => s.id === wanted);
  if (byId !== undefined) return { ok: true, scenario: byId };
  const key = scenarioNameKey(wanted);
  const byName = list.find((s) => scenarioNameKey(s.name) === key);
  if (byName !== undefined) return { ok: true, scenario: byName };
  const known = list.map((s) => `“${s.name}” (${s.id})`).join(', ');
  return { ok: false, message: `no scenario is named or has the id "${wanted}"; the plan has ${known}` };
}

/**
 * Splits `plan.json#Split PMs` into the file and the scenario. `exists` says whether a path names a file: a `#`
 * that is part of the file's own name stays in the path (the whole argument is tried first, then each `#` from the
 * left), so only a scenario after the file's name is taken as one.
 */
export function splitScenarioArgument(
  argument: string,
  exists: (path: string) => boolean,
): { path: string; scenario?: string } {
  if (!argument.includes('#') || exists(argument)) return { path: argument };
  for (let at = argument.indexOf('#'); at >= 0; at = argument.indexOf('#', at + 1)) {
    const path = argument.slice(0, at);
    if (path !== '' && exists(path)) return { path, scenario: argument.slice(at + 1) };
  }
  // No prefix is a file: the first `#` separates, and reading the path reports that it does not exist.
  const first = argument.indexOf('#');
  return { path: argument.slice(0, first), scenario: argument.slice(first + 1) };
}
