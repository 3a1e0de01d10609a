/**
 * The body every scenario of a document has: nodes, edges, rule settings, waivers and layout. The root plan
 * and each proposal of format 3 are read by the same functions, with paths relative to their record.
 */
import { checkKeys } from './checks';
import { FORBIDDEN_KEYS, childPath, isJsonObject, type JsonObject } from './json';
import { readEdge } from './edge';
import { MAX_PLAN_NODES } from './limits';
import { readNode } from './node';
import { readPlanLayout } from './plan-layout';
import type { ProblemList } from './problems';
import { readRuleConfig } from './rule-config';
import type { PlanEdge, PlanLayout, PlanNode, RuleConfig, Waiver } from './types';
import { readWaiver } from './waiver';

export interface PlanBody {
  readonly nodes: PlanNode[];
  readonly edges: PlanEdge[];
  readonly rules?: Record<string, RuleConfig>;
  readonly waivers?: Waiver[];
  readonly layout?: PlanLayout;
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
  // The one node limit the CSV import applies too; refused before any node is read.
  if (value.length > MAX_PLAN_NODES) {
    problems.add(
      'nodes',
      `${value.length.toLocaleString('en-US')} nodes; a plan holds at most ${MAX_PLAN_NODES.toLocaleString('en-US')} people, teams and stakeholders`,
    );
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

/** Reads the body fields of a document or a scenario record; problems are added, the fields read are returned. */
export function readPlanBody(value: JsonObject, problems: ProblemList): PlanBody {
  const nodeIds = new Set<string>();
  const nodes = readNodes(value.nodes, nodeIds, problems);
  const edges = readEdges(value.edges, nodeIds, problems);
  const rules = readRules(value.rules, problems);
  const waivers = readWaivers(value.waivers, problems);
  const layout = value.layout === undefined ? undefined : readPlanLayout(value.layout, 'layout', problems);
  return {
    nodes,
    edges,
    ...(rules !== undefined && { rules }),
    ...(waivers !== undefined && { waivers }),
    ...(layout !== undefined && { layout }),
  };
}
