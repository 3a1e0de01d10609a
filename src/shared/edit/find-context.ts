/**
 * What tells find results apart: each hit's manager and teams, and where two rows
 * would still read the same (64 "Shelley Burke · Intern" under as many "Charlotte
 * Cooper"s), the manager's manager and then the node's id.
 */
import type { Plan, PlanNode } from '../model/types';
import { displayName } from './describe';
import type { FindHit } from './find';

export interface HitContext {
  /** The manager's name (solid line), if any. */
  readonly manager?: string;
  /** The teams the node is a member of. */
  readonly teams: readonly string[];
  /** The manager's manager, only where the rows would otherwise be alike. */
  readonly above?: string;
  /** The node's id, only where nothing else tells two rows apart. */
  readonly id?: string;
}

interface Links {
  readonly nodes: ReadonlyMap<string, PlanNode>;
  readonly managerOf: ReadonlyMap<string, string>;
  readonly teamsOf: ReadonlyMap<string, string[]>;
}

/** One pass over the edges, only for the nodes asked about and their managers. */
function linksFor(plan: Plan, hits: readonly FindHit[]): Links {
  const nodes = new Map(plan.nodes.map((node) => [node.id, node]));
  const managerOf = new Map<string, string>();
  const teamsOf = new Map<string, string[]>();
  for (const edge of plan.edges) {
    if (edge.kind === 'reports-to' && !managerOf.has(edge.source)) managerOf.set(edge.source, edge.target);
  }
  const wanted = new Set(hits.map((hit) => hit.node.id));
  for (const edge of plan.edges) {
    if (edge.kind !== 'member-of' || !wanted.has(edge.source)) continue;
    const team = nodes.get(edge.target);
    if (team !== undefined) teamsOf.set(edge.source, [...(teamsOf.get(edge.source) ?? []), displayName(team)]);
  }
  return { nodes, managerOf, teamsOf };
}

function nameOf(links: Links, id: string | undefined): string | undefined {
  const node = id === undefined ? undefined : links.nodes.get(id);
  return node === undefined ? undefined : displayName(node);
}

function signature(hit: FindHit, context: HitContext): string {
  const { node } = hit;
  return JSON.stringify([
    displayName(node),
    node.kind,
    node.title,
    hit.fieldName,
    hit.fieldValue,
    context.manager,
    context.teams,
    context.above,
    context.id,
  ]);
}

/** Rows whose signature another row shares. */
function alike(hits: readonly FindHit[], contexts: readonly HitContext[]): boolean[] {
  const counts = new Map<string, number>();
  const keys = hits.map((hit, i) => signature(hit, contexts[i] as HitContext));
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return keys.map((key) => (counts.get(key) ?? 0) > 1);
}

export function hitContexts(plan: Plan, hits: readonly FindHit[]): HitContext[] {
  const links = linksFor(plan, hits);
  let contexts: HitContext[] = hits.map(({ node }) => {
    const manager = nameOf(links, links.managerOf.get(node.id));
    return { ...(manager !== undefined && { manager }), teams: links.teamsOf.get(node.id) ?? [] };
  });
  let same = alike(hits, contexts);
  contexts = contexts.map((context, i) => {
    if (same[i] !== true) return context;
    const above = nameOf(links, links.managerOf.get(links.managerOf.get(hits[i]?.node.id ?? '') ?? ''));
    return above === undefined ? context : { ...context, above };
  });
  same = alike(hits, contexts);
  return contexts.map((context, i) => (same[i] === true ? { ...context, id: hits[i]?.node.id ?? '' } : context));
}
