/**
 * `FILE#scenario` arguments (docs/cli.md): a plan file, optionally followed by `#` and a scenario's name or id.
 * Without one, `diff` and `stats` read the file's own plan (the as-is) and `check` checks every scenario.
 */
import { statSync } from 'node:fs';
import type { Plan } from '@shared/model/types';
import { pickScenario, splitScenarioArgument } from '@shared/scenarios/pick-scenario';
import { scenariosOf, withoutScenarios, type Scenario } from '@shared/scenarios/scenario-list';

/** True when `path` names something on disk; reading it says what is wrong with it if it is not a plan. */
function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** `plan.json#Split PMs` → the file and the scenario asked for; a `#` in the file's own name stays in the path. */
export function parseScenarioArgument(argument: string): { path: string; scenario?: string } {
  return splitScenarioArgument(argument, exists);
}

export type ScenarioChoice = { ok: true; scenarios: Scenario[] } | { ok: false; message: string };

/**
 * The scenarios of `doc` an argument asks for: the named one, or every scenario when none is named (`all`), or
 * only the file's own plan.
 */
export function chooseScenarios(doc: Plan, wanted: string | undefined, whenNone: 'all' | 'root'): ScenarioChoice {
  const list = scenariosOf(doc);
  if (wanted === undefined) return { ok: true, scenarios: whenNone === 'all' ? list : list.slice(0, 1) };
  const picked = pickScenario(list, wanted);
  return picked.ok ? { ok: true, scenarios: [picked.scenario] } : picked;
}

/** The plan of one scenario, or the document's own plan without its proposals. */
export function planOfScenario(
  doc: Plan,
  wanted: string | undefined,
): { ok: true; plan: Plan } | { ok: false; message: string } {
  if (wanted === undefined) return { ok: true, plan: withoutScenarios(doc) };
  const chosen = chooseScenarios(doc, wanted, 'root');
  return chosen.ok ? { ok: true, plan: (chosen.scenarios[0] as Scenario).plan } : chosen;
}
