/**
 * The Plan record: reads a parsed JSON value into a Plan, refusing it as a
 * whole with path-named problems when format.md says the file is invalid.
 * It knows the current format version only: files are upgraded to it by the
 * migrations table before they get here (`src/shared/format/load.ts`).
 */
import { checkExtraValues, checkKeys, optionalString } from './checks';
import { isJsonObject, pickExtras, type JsonObject } from './json';
import { readPlanBody } from './plan-body';
import { readRootScenario, readScenarios } from './plan-scenarios';
import { ProblemList, type PlanProblem } from './problems';
import { FORMAT_NAME, FORMAT_VERSION, type Plan } from './types';

export const PLAN_KEYS = [
  'format',
  'version',
  'name',
  'nodes',
  'edges',
  'rules',
  'waivers',
  'layout',
  'scenarioId',
  'scenarioName',
  'scenarios',
] as const;
const PLAN_KEY_SET: ReadonlySet<string> = new Set(PLAN_KEYS);

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: PlanProblem[] };

/**
 * The current version only: older documents were upgraded and newer ones refused by the loader
 * (`src/shared/format/load.ts`) before they reach the validators.
 */
function readHeader(doc: JsonObject, problems: ProblemList): boolean {
  if (doc.format !== FORMAT_NAME) {
    problems.add('format', `expected "${FORMAT_NAME}"; this is not an Org Planner plan`);
    return false;
  }
  const version = doc.version;
  if (version === undefined) problems.add('version', 'required');
  else if (version !== FORMAT_VERSION) problems.add('version', `expected ${FORMAT_VERSION}`);
  return problems.isEmpty;
}

/** Validates a current-version document; files go through `loadPlanValue` (format/load.ts), which upgrades them first. */
export function readPlan(value: unknown): PlanResult {
  const problems = new ProblemList();
  if (!isJsonObject(value)) {
    problems.add('', 'expected a JSON object at the top level');
    return { ok: false, errors: problems.items };
  }
  checkKeys(value, '', problems);
  if (!readHeader(value, problems)) return { ok: false, errors: problems.items };
  const name = optionalString(value, 'name', '', problems);
  const body = readPlanBody(value, problems);
  const root = readRootScenario(value, problems);
  const scenarios = readScenarios(value, root, problems);
  checkExtraValues(value, PLAN_KEY_SET, '', problems);
  if (!problems.isEmpty) return { ok: false, errors: problems.items };
  const extra = pickExtras(value, PLAN_KEY_SET);
  const plan: Plan = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    ...(name !== undefined && { name }),
    ...body,
    ...(root.id !== undefined && { scenarioId: root.id }),
    ...(root.name !== undefined && { scenarioName: root.name }),
    ...(scenarios !== undefined && { scenarios }),
    ...(extra !== undefined && { extra }),
  };
  return { ok: true, plan };
}
