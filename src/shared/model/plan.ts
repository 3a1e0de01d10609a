/**
 * The Plan record: reads a parsed JSON value into a Plan, refusing it as a
 * whole with path-named problems when format.md says the file is invalid.
 * It knows the current format version only: files are upgraded to it by the
 * migrations table before they get here (`src/shared/format/load.ts`).
 */
import { checkExtraValues, checkKeys, optionalString } from './checks';
import { FORBIDDEN_KEYS, childPath, isJsonObject, pickExtras, type JsonObject } from './json';
import { readEdge } from './edge';
import { readNode } from './node';
import { readPlanLayout } from './plan-layout';
import { ProblemList, type PlanProblem } from './problems';
import { readRuleConfig } from './rule-config';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  type Plan,
  type PlanEdge,
  type PlanNode,
  type RuleConfig,
  type Waiver,
} from './types';
import { readWaiver } from './waiver';

export const PLAN_KEYS = ['format', 'version', 'name', 'nodes', 'edges', 'rules', 'waivers', 'layout'] as const;
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

/**
 * Also collects the ids of nodes that failed validation, so that one bad node
 * does not add a "no node has the id" problem for each of its edges.
 */
function readNodes(value: unknown, nodeIds: Set<string>, problems: ProblemList): PlanNode[] {
  const nodes: PlanNode[] = [];
  if (!Array.isArray(value)) {
    problems.add('nodes', value === undefined ? 'required' : 'expected an array');
    return nodes;
  }
  const seen = new Map<string, number>();
  value.forEach((raw, index) => {
    const path = childPath('nodes', index);
    const node = readNode(raw, path, problems);
    if (node === undefined) {
      if (isJsonObject(raw) && typeof raw.id === 'string') nodeIds.add(raw.id);
      return;
    }
    nodeIds.add(node.id);
    const first = seen.get(node.id);
    if (first !== undefined)
      problems.add(childPath(path, 'id'), `duplicate node id "${node.id}" (also nodes[${first}])`);
    else seen.set(node.id, index);
    nodes.push(node);
  });
  return nodes;
}

function readEdges(value: unknown, nodeIds: ReadonlySet<string>, problems: ProblemList): PlanEdge[] {
  const edges: PlanEdge[] = [];
  if (!Array.isArray(value)) {
    problems.add('edges', value === undefined ? 'required' : 'expected an array');
    return edges;
  }
  const seen = new Map<string, number>();
  value.forEach((raw, index) => {
    const path = childPath('edges', index);
    const edge = readEdge(raw, path, problems);
    if (edge === undefined) return;
    const first = seen.get(edge.id);
    if (first !== undefined)
      problems.add(childPath(path, 'id'), `duplicate edge id "${edge.id}" (also edges[${first}])`);
    else seen.set(edge.id, index);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) problems.add(childPath(path, end), `no node has the id "${edge[end]}"`);
    }
    edges.push(edge);
  });
  return edges;
}

function readRules(value: unknown, problems: ProblemList): Record<string, RuleConfig> | undefined {
  if (value === undefined) return undefined;
  if (!isJsonObject(value)) {
    problems.add('rules', 'expected an object of rule id → settings');
    return undefined;
  }
  checkKeys(value, 'rules', problems);
  const rules: Record<string, RuleConfig> = Object.create(null) as Record<string, RuleConfig>;
  for (const ruleId of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(ruleId)) continue; // already reported by checkKeys
    const config = readRuleConfig(ruleId, value[ruleId], childPath('rules', ruleId), problems);
    if (config !== undefined) rules[ruleId] = config;
  }
  return rules;
}

function readWaivers(value: unknown, problems: ProblemList): Waiver[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.add('waivers', 'expected an array');
    return undefined;
  }
  const waivers: Waiver[] = [];
  value.forEach((raw, index) => {
    const waiver = readWaiver(raw, childPath('waivers', index), problems);
    if (waiver !== undefined) waivers.push(waiver);
  });
  return waivers;
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
  const nodeIds = new Set<string>();
  const nodes = readNodes(value.nodes, nodeIds, problems);
  const edges = readEdges(value.edges, nodeIds, problems);
  const rules = readRules(value.rules, problems);
  const waivers = readWaivers(value.waivers, problems);
  const layout = value.layout === undefined ? undefined : readPlanLayout(value.layout, 'layout', problems);
  checkExtraValues(value, PLAN_KEY_SET, '', problems);
  if (!problems.isEmpty) return { ok: false, errors: problems.items };
  const extra = pickExtras(value, PLAN_KEY_SET);
  const plan: Plan = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    ...(name !== undefined && { name }),
    nodes,
    edges,
    ...(rules !== undefined && { rules }),
    ...(waivers !== undefined && { waivers }),
    ...(layout !== undefined && { layout }),
    ...(extra !== undefined && { extra }),
  };
  return { ok: true, plan };
}
