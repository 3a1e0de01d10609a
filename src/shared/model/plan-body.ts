/**
 * The body every scenario of a document has: nodes, edges, rule settings, waivers and layout. The root plan
 * and each proposal of format 3 are read by the same functions, with paths relative to their record.
 */
import { checkKeys } from './checks';
import { FORBIDDEN_KEYS, childPath, isJsonObject, type JsonObject } from './json';
import { readEdge, readPlainEdge } from './edge';
import { MAX_PLAN_NODES } from './limits';
import { readNode, readPlainNode } from './node';
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
 * The ids of the nodes read so far → the index of the first valid node with that id, or -1 when only nodes that
 * failed validation had it (so that one bad node does not add a "no node has the id" problem for each of its
 * edges). One map rather than a set of ids beside a map of first indexes: one lookup fewer per node.
 */
type NodeIds = Map<string, number>;
const FAILED = -1;

function readNodes(value: unknown, nodeIds: NodeIds, problems: ProblemList): PlanNode[] {
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
  value.forEach((raw, index) => {
    // The path is built only for a node that is not plain (readNode names its problems with it).
    const node = readPlainNode(raw) ?? readNode(raw, childPath('nodes', index), problems);
    if (node === undefined) {
      if (isJsonObject(raw) && typeof raw.id === 'string' && !nodeIds.has(raw.id)) nodeIds.set(raw.id, FAILED);
      return;
    }
    const first = nodeIds.get(node.id);
    if (first === undefined || first === FAILED) nodeIds.set(node.id, index);
    else
      problems.add(childPath(childPath('nodes', index), 'id'), `duplicate node id "${node.id}" (also nodes[${first}])`);
    nodes.push(node);
  });
  return nodes;
}

function readEdges(value: unknown, nodeIds: NodeIds, problems: ProblemList): PlanEdge[] {
  const edges: PlanEdge[] = [];
  if (!Array.isArray(value)) {
    problems.add('edges', value === undefined ? 'required' : 'expected an array');
    return edges;
  }
  const seen = new Map<string, number>();
  value.forEach((raw, index) => {
    const edge = readPlainEdge(raw) ?? readEdge(raw, childPath('edges', index), problems);
    if (edge === undefined) return;
    const first = seen.get(edge.id);
    if (first !== undefined) {
      problems.add(childPath(childPath('edges', index), 'id'), `duplicate edge id "${edge.id}" (also edges[${first}])`);
    } else seen.set(edge.id, index);
    if (!nodeIds.has(edge.source)) danglingEnd(edge, index, 'source', problems);
    if (!nodeIds.has(edge.target)) danglingEnd(edge, index, 'target', problems);
    edges.push(edge);
  });
  return edges;
}

function danglingEnd(edge: PlanEdge, index: number, end: 'source' | 'target', problems: ProblemList): void {
  problems.add(childPath(childPath('edges', index), end), `no node has the id "${edge[end]}"`);
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
  const nodeIds: NodeIds = new Map();
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
