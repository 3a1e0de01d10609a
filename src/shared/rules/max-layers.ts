/**
 * max-layers: the reporting chain has at most `max` layers, counting the
 * person at the top as layer 1 (the `layers` of `org-planner stats`). Each
 * person's layer is their shortest distance from someone who reports to no
 * other person, found by one breadth-first walk down the solid lines between
 * people (support/nearest-above.ts: iterative, linear, cycle-safe; people
 * whose chain only runs into a cycle have no layer, no-reporting-cycles
 * reports them). One finding per plan: the deepest person (the smallest id
 * among equals), with the chain above them.
 */
import { defineRule } from './support/rule-types';
import { sortUniqueIds, sortedEdgeIds } from './support/id-lists';
import { subjectLabel } from './support/labels';
import { linesUp, nearestAbove } from './support/nearest-above';
import type { GraphIndex } from '../graph';

const MAX = {
  name: 'max',
  description: 'The most layers of the reporting chain, the person at the top being layer 1.',
  // Generous: the 1,516-person sample org (test/fixtures/org-1516.csv) has 10, the article's example 3.
  default: 10,
} as const;

/** People who report (solid line) to no other person: the tops of the reporting chains. */
function tops(index: GraphIndex): Int32Array {
  const up = index.from('reports-to');
  const found: number[] = [];
  for (let i = 0; i < index.nodeCount; i++) {
    if (!index.isPerson(i)) continue;
    let hasManager = false;
    for (let k = 0, count = up.count(i); k < count && !hasManager; k++) {
      const far = up.farEnd(i, k);
      hasManager = far !== i && index.isPerson(far);
    }
    if (!hasManager) found.push(i);
  }
  return Int32Array.from(found);
}

export const maxLayers = defineRule({
  meta: {
    id: 'max-layers',
    defaultSeverity: 'warning',
    origin: 'structure',
    summary:
      'The reporting chain has no more layers than the plan’s maximum (10 unless the plan says otherwise), the person at the top being layer 1.',
    fixHint:
      'Let the deepest people report to someone higher up (remove a middle layer), or raise "max" in the plan’s settings for this rule.',
    options: [MAX],
  },
  reads: { scope: 'reporting-graph' },
  check: ({ index, settings }, emit) => {
    // settings.ts fills every declared option: the default here only satisfies the type.
    const max = settings.options.max ?? MAX.default;
    // A chain of max + 1 needs max + 1 people: small plans stop here.
    if (index.nodeCount <= max) return;
    const above = nearestAbove(index, tops(index), true);
    let deepest = -1;
    for (let i = 0; i < index.nodeCount; i++) {
      const depth = above.depth[i] ?? -1;
      const best = deepest === -1 ? -1 : (above.depth[deepest] ?? -1);
      if (depth > best || (depth === best && depth >= 0 && index.node(i).id < index.node(deepest).id)) deepest = i;
    }
    if (deepest === -1) return;
    const layers = (above.depth[deepest] ?? 0) + 1;
    if (layers <= max) return;
    const lines = linesUp(index, above, deepest);
    const nodeIds = [index.node(deepest).id];
    for (const e of lines) nodeIds.push(index.node(index.target(e)).id);
    const person = subjectLabel(index.node(deepest));
    emit(
      sortUniqueIds(nodeIds, 1),
      sortedEdgeIds(index, lines),
      `${person} is ${layers} layers down the reporting chain (more than ${max})`,
    );
  },
});
