/**
 * duplicate-line: no two lines of the same kind join the same two nodes in the
 * same direction. The editor refuses to draw one ("already reports to"); a file
 * or an import can still hold one, and it must not count twice anywhere else
 * (single-manager counts distinct managers).
 */
import { EDGE_KINDS, type EdgeKind } from '../model/types';
import type { EdgeLists, GraphIndex } from '../graph';
import type { Emit } from './support/context';
import { defineRule } from './support/rule-types';
import { sortedEdgeIds } from './support/id-lists';
import { nodeLabel, subjectLabel } from './support/labels';

/** Up to this many lines per node are compared pairwise; beyond, a Set of far ends is cheaper. */
const PAIRWISE_LIMIT = 16;

function hasRepeat(lines: EdgeLists, i: number, count: number): boolean {
  if (count <= PAIRWISE_LIMIT) {
    for (let a = 1; a < count; a++) {
      const far = lines.farEnd(i, a);
      for (let b = 0; b < a; b++) if (lines.farEnd(i, b) === far) return true;
    }
    return false;
  }
  const seen = new Set<number>();
  for (let k = 0; k < count; k++) {
    const far = lines.farEnd(i, k);
    if (seen.has(far)) return true;
    seen.add(far);
  }
  return false;
}

/** One violation per far end reached by more than one of node i's lines of this kind. */
function reportRepeats(index: GraphIndex, lines: EdgeLists, i: number, kind: EdgeKind, emit: Emit): void {
  const byFarEnd = new Map<number, number[]>();
  for (let k = 0, count = lines.count(i); k < count; k++) {
    const far = lines.farEnd(i, k);
    const group = byFarEnd.get(far);
    if (group === undefined) byFarEnd.set(far, [lines.at(i, k)]);
    else group.push(lines.at(i, k));
  }
  const source = index.node(i);
  for (const [far, edges] of byFarEnd) {
    if (edges.length < 2) continue;
    const target = index.node(far);
    const nodeIds = far === i ? [source.id] : [source.id, target.id];
    const to = far === i ? (index.isPerson(i) ? 'themselves' : 'itself') : nodeLabel(target);
    emit(nodeIds, sortedEdgeIds(index, edges), `${subjectLabel(source)} has ${edges.length} ${kind} lines to ${to}`);
  }
}

export const duplicateLine = defineRule({
  meta: {
    id: 'duplicate-line',
    defaultSeverity: 'warning',
    origin: 'structure',
    summary:
      'No two lines of the same kind join the same two nodes in the same direction: a relationship is drawn once, and counts once.',
    fixHint: 'Delete the extra lines (the quick fix keeps the first one drawn).',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
    for (const kind of EDGE_KINDS) {
      const lines = index.from(kind);
      for (let i = 0; i < index.nodeCount; i++) {
        const count = lines.count(i);
        // Most nodes have at most one line of a kind: they stop here without allocating.
        if (count < 2 || !hasRepeat(lines, i, count)) continue;
        reportRepeats(index, lines, i, kind, emit);
      }
    }
  },
  quickFixes: [
    // The same line drawn twice or more: keep the first drawn, remove the others.
    (_plan, v) => {
      const extra = new Set(v.edgeIds);
      if (extra.size < 2) return undefined;
      return {
        id: `${v.ruleId}:remove`,
        label: extra.size === 2 ? 'Remove the duplicate' : `Remove the ${extra.size - 1} duplicates`,
        apply: (p) => {
          const first = p.edges.find((e) => extra.has(e.id));
          if (first === undefined) return p;
          return { ...p, edges: p.edges.filter((e) => e === first || !extra.has(e.id)) };
        },
      };
    },
  ],
});
