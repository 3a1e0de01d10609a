/**
 * The parts of the current plan an edit can affect, found on the edited
 * graph, and the small plans made of them that the rules re-check. A part
 * plan keeps the order of the plan's nodes and lines, its rule settings and
 * its waivers, so a rule finds there exactly what it finds in the whole plan
 * about the nodes of that part.
 */
import type { GraphIndex } from '../../graph';
import { GraphIndex as Index } from '../../graph/graph-index';
import { buildTables } from '../../graph/tables';
import type { Plan, PlanEdge, PlanNode } from '../../model/types';
import type { Direction, EditedGraph } from './edited-graph';

/** The ids themselves and every node one line away from them, either way, by any kind of line. */
export function withNeighbours(graph: EditedGraph, ids: Iterable<string>): Set<string> {
  const out = new Set<string>(ids);
  for (const id of [...out]) {
    graph.forEachLine(id, 'out', (edge) => out.add(edge.target));
    graph.forEachLine(id, 'in', (edge) => out.add(edge.source));
  }
  return out;
}

/**
 * The ids and everything reachable from them along reports-to lines in
 * `direction` ('out': up to managers, 'in': down to reports); null past
 * `limit` nodes. A work list, not recursion: chains can be long.
 */
export function reportingClosure(
  graph: EditedGraph,
  ids: Iterable<string>,
  direction: Direction,
  limit: number,
): Set<string> | null {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(id);
  }
  const visit = (edge: PlanEdge): void => {
    const far = direction === 'out' ? edge.target : edge.source;
    if (seen.has(far)) return;
    seen.add(far);
    queue.push(far);
  };
  for (let head = 0; head < queue.length && seen.size <= limit; head++) {
    graph.forEachLine(queue[head] as string, direction, visit, 'reports-to');
  }
  return seen.size > limit ? null : seen;
}

export interface Part {
  readonly plan: Plan;
  readonly index: GraphIndex;
}

/**
 * A plan of the current nodes with these ids (those that exist) and the lines
 * `pickLines` chooses among the lines at `lineOwners` (by default all of
 * them) that join two of them, in plan order, indexed.
 */
export function partPlan(
  graph: EditedGraph,
  whole: Plan,
  ids: ReadonlySet<string>,
  pickLines: (edge: PlanEdge) => boolean,
  lineOwners: Iterable<string> = ids,
): Part {
  const nodes: { node: PlanNode; order: number }[] = [];
  for (const id of ids) {
    const node = graph.node(id);
    if (node !== undefined) nodes.push({ node, order: graph.nodeOrder(id) });
  }
  const lines = new Map<PlanEdge, number>();
  for (const id of lineOwners) {
    graph.forEachLine(id, 'out', (edge, order) => {
      if (ids.has(edge.target) && pickLines(edge)) lines.set(edge, order);
    });
    graph.forEachLine(id, 'in', (edge, order) => {
      if (ids.has(edge.source) && pickLines(edge)) lines.set(edge, order);
    });
  }
  nodes.sort((a, b) => a.order - b.order);
  const edges = [...lines].sort((a, b) => a[1] - b[1]).map(([edge]) => edge);
  return nodesPlan(
    whole,
    nodes.map((entry) => entry.node),
    edges,
  );
}

/** A plan of these nodes and lines with the whole plan's settings and waivers, indexed. */
export function nodesPlan(whole: Plan, nodes: readonly PlanNode[], edges: readonly PlanEdge[] = []): Part {
  const plan: Plan = { ...whole, nodes, edges };
  return { plan, index: new Index(nodes, edges, buildTables(nodes, edges)) };
}
