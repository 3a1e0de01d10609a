/**
 * no-reporting-cycles: one violation per strongly connected component of the
 * reports-to graph, showing one concrete cycle of it: the shortest one through
 * its smallest node id, found by a breadth-first search that tries managers in
 * id order, so the cycle shown never depends on the order of the file.
 */
import { defineRule } from './support/rule-types';
import { nodeLabel } from './support/labels';
import type { GraphIndex } from '../graph';
import { reportingComponents } from './support/scc';

/** Longest cycle spelled out in full in a message. */
const MAX_NAMED = 6;

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The node's reports-to lines that stay inside its component, by manager id then line id. */
function managerEdgesInside(index: GraphIndex, v: number, componentOf: Int32Array, component: number): number[] {
  const edges = index
    .from('reports-to')
    .of(v)
    .filter((e) => {
      const w = index.target(e);
      return w !== v && componentOf[w] === component;
    });
  return edges.sort(
    (a, b) =>
      compareIds(index.node(index.target(a)).id, index.node(index.target(b)).id) ||
      compareIds(index.edge(a).id, index.edge(b).id),
  );
}

/** Node and edge positions of the cycle, in chain order from `start`. */
function shortestCycle(
  index: GraphIndex,
  start: number,
  componentOf: Int32Array,
  component: number,
): { nodes: number[]; edges: number[] } {
  // Edge by which each visited node was first reached (-1 for the start).
  const reachedBy = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] ?? start;
    for (const e of managerEdgesInside(index, v, componentOf, component)) {
      const w = index.target(e);
      if (w === start) {
        const edges = [e];
        for (let at = v; at !== start;) {
          const by = reachedBy.get(at) ?? -1;
          edges.push(by);
          at = index.source(by);
        }
        edges.reverse();
        return { nodes: edges.map((edge) => index.source(edge)), edges };
      }
      if (!reachedBy.has(w)) {
        reachedBy.set(w, e);
        queue.push(w);
      }
    }
  }
  // Unreachable: every node of a strongly connected component lies on a cycle through `start`.
  return { nodes: [start], edges: [] };
}

function describe(index: GraphIndex, nodes: readonly number[]): string {
  const labels = (nodes.length <= MAX_NAMED ? nodes : nodes.slice(0, MAX_NAMED - 1)).map((v) =>
    nodeLabel(index.node(v)),
  );
  const first = labels[0] ?? '';
  if (nodes.length <= MAX_NAMED) return `Reporting cycle: ${[...labels, first].join(' → ')}`;
  return `Reporting cycle of ${nodes.length} people: ${[...labels, '…', first].join(' → ')}`;
}

export const noReportingCycles = defineRule({
  meta: {
    id: 'no-reporting-cycles',
    defaultSeverity: 'error',
    origin: 'structure',
    summary: 'Reports-to lines form no cycle: following managers upward always ends at someone who reports to nobody.',
    fixHint:
      'Delete or redirect one reports-to line of the cycle, so that someone in it reports outside it or to nobody.',
  },
  reads: { scope: 'cycle' },
  check: ({ index }, emit) => {
    const { componentOf, cyclic } = reportingComponents(index);
    for (let c = 0; c < cyclic.length; c++) {
      const members = cyclic[c] ?? [];
      let start = members[0] ?? 0;
      for (const m of members) if (index.node(m).id < index.node(start).id) start = m;
      const cycle = shortestCycle(index, start, componentOf, c);
      emit(
        cycle.nodes.map((v) => index.node(v).id),
        cycle.edges.map((e) => index.edge(e).id),
        describe(index, cycle.nodes),
      );
    }
  },
});
