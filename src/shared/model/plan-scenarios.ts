/**
 * Scenarios (format 3): the root plan's own scenario id and name, and the `scenarios` array of proposals beside
 * it, each a full plan body read by the same validators as the root. Problems inside a proposal are named by the
 * scenario and a path relative to its record ("scenario “Split PMs”: nodes[3].kind: …").
 */
import { checkExtraValues, checkKeys, optionalString, requiredString } from './checks';
import { childPath, isJsonObject, pickExtras, type JsonObject } from './json';
import { MAX_PLAN_NODES, MAX_SCENARIOS, MAX_SCENARIO_NAME_LENGTH } from './limits';
import { readPlanBody } from './plan-body';
import { ProblemList } from './problems';
import { DEFAULT_SCENARIO_ID, DEFAULT_SCENARIO_NAME, type PlanScenario } from './types';

export const SCENARIO_KEYS = ['id', 'name', 'nodes', 'edges', 'rules', 'waivers', 'layout'] as const;
const SCENARIO_KEY_SET: ReadonlySet<string> = new Set(SCENARIO_KEYS);

/** Two scenario names clash when they are equal after trimming and ignoring case (`#name` picks one of them). */
export function scenarioNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Why a scenario name cannot be used, or undefined when it can (the app's rename uses this too). */
export function scenarioNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'expected a non-empty name';
  if (name.length > MAX_SCENARIO_NAME_LENGTH) return `longer than ${MAX_SCENARIO_NAME_LENGTH} characters`;
  return undefined;
}

function readScenarioName(obj: JsonObject, key: string, path: string, problems: ProblemList): string | undefined {
  const name = optionalString(obj, key, path, problems);
  if (name === undefined) return undefined;
  const problem = scenarioNameProblem(name);
  if (problem === undefined) return name;
  problems.add(childPath(path, key), problem);
  return undefined;
}

function readScenarioId(obj: JsonObject, key: string, path: string, problems: ProblemList): string | undefined {
  const id = optionalString(obj, key, path, problems);
  if (id !== '') return id;
  problems.add(childPath(path, key), 'expected a non-empty string');
  return undefined;
}

export interface RootScenario {
  readonly id?: string;
  readonly name?: string;
}

/** The root plan's `scenarioId` and `scenarioName`, both optional. */
export function readRootScenario(doc: JsonObject, problems: ProblemList): RootScenario {
  const id = readScenarioId(doc, 'scenarioId', '', problems);
  const name = readScenarioName(doc, 'scenarioName', '', problems);
  return { ...(id !== undefined && { id }), ...(name !== undefined && { name }) };
}

/** `scenarios[2]` + `nodes[3].kind` → `scenarios[2].nodes[3].kind`, for problems of a proposal without a usable name. */
function joinPath(parent: string, relative: string): string {
  if (relative === '') return parent;
  return relative.startsWith('[') ? `${parent}${relative}` : `${parent}.${relative}`;
}

/** Keeps track of the ids and names taken so far, the root's included, and reports a clash with its first holder. */
class TakenNames {
  private readonly ids = new Map<string, string>();
  private readonly names = new Map<string, string>();

  constructor(root: RootScenario) {
    this.ids.set(root.id ?? DEFAULT_SCENARIO_ID, 'the plan itself');
    this.names.set(scenarioNameKey(root.name ?? DEFAULT_SCENARIO_NAME), 'the plan itself');
  }

  claim(id: string | undefined, name: string | undefined, path: string, problems: ProblemList): void {
    if (id !== undefined) {
      const holder = this.ids.get(id);
      if (holder === undefined) this.ids.set(id, path);
      else problems.add(childPath(path, 'id'), `duplicate scenario id "${id}" (also ${holder})`);
    }
    if (name !== undefined) {
      const key = scenarioNameKey(name);
      const holder = this.names.get(key);
      if (holder === undefined) this.names.set(key, path);
      else problems.add(childPath(path, 'name'), `duplicate scenario name “${name.trim()}” (also ${holder})`);
    }
  }
}

function readScenario(raw: unknown, path: string, taken: TakenNames, problems: ProblemList): PlanScenario | undefined {
  if (!isJsonObject(raw)) {
    problems.add(path, 'expected an object');
    return undefined;
  }
  // The record's own problems are collected apart, then named by the scenario when its name is usable.
  const own = new ProblemList();
  const name = requiredString(raw, 'name', '', own) === undefined ? undefined : readScenarioName(raw, 'name', '', own);
  const id = requiredString(raw, 'id', '', own) === undefined ? undefined : readScenarioId(raw, 'id', '', own);
  checkKeys(raw, '', own);
  const body = readPlanBody(raw, own);
  checkExtraValues(raw, SCENARIO_KEY_SET, '', own);
  for (const problem of own.items) {
    if (name === undefined) problems.add(joinPath(path, problem.path), problem.message);
    else problems.add(problem.path, problem.message, name.trim());
  }
  taken.claim(id, name, path, problems);
  if (id === undefined || name === undefined || !own.isEmpty) return undefined;
  const extra = pickExtras(raw, SCENARIO_KEY_SET);
  return { id, name, ...body, ...(extra !== undefined && { extra }) };
}

/** The `scenarios` array, or undefined when the document has none. At most MAX_SCENARIOS, unique ids and names. */
export function readScenarios(doc: JsonObject, root: RootScenario, problems: ProblemList): PlanScenario[] | undefined {
  const value = doc.scenarios;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.add('scenarios', 'expected an array');
    return undefined;
  }
  if (value.length > MAX_SCENARIOS) {
    problems.add('scenarios', `${value.length} scenarios; a plan holds at most ${MAX_SCENARIOS} besides its own`);
    return undefined;
  }
  // The node limit holds for the whole file, every scenario together, not per scenario.
  let total = Array.isArray(doc.nodes) ? doc.nodes.length : 0;
  for (const raw of value) if (isJsonObject(raw) && Array.isArray(raw.nodes)) total += raw.nodes.length;
  if (total > MAX_PLAN_NODES) {
    problems.add(
      'scenarios',
      `${total.toLocaleString('en-US')} nodes in all scenarios together; a plan holds at most ${MAX_PLAN_NODES.toLocaleString('en-US')}`,
    );
    return undefined;
  }
  const taken = new TakenNames(root);
  const scenarios: PlanScenario[] = [];
  value.forEach((raw, index) => {
    const scenario = readScenario(raw, childPath('scenarios', index), taken, problems);
    if (scenario !== undefined) scenarios.push(scenario);
  });
  return scenarios;
}
