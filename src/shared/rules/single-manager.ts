/**
 * single-manager: a person reports to at most one manager, counted once each:
 * a second line to the same manager is a duplicate-line, and a self-loop
 * (edge-endpoints) is no manager. Dotted lines are secondary reporting and
 * never count (format.md).
 */
import { setEdgeKind } from '../edit/edge-kind';
import { indexPlan } from '../graph/index-plan';
import { nameOf } from '../fixes/fix-kit';
import { defineRule } from './support/rule-types';
import { listLabels, nodeLabel, subjectLabel } from './support/labels';
import { nodeIdsOf, sortedEdgeIds, sortedUniqueNodes } from './support/id-lists';

export const singleManager = defineRule({
  meta: {
    id: 'single-manager',
    defaultSeverity: 'error',
    origin: 'structure',
    summary:
      'Each person has at most one solid-line manager (managers are counted once each: two lines to the same manager are a duplicate-line).',
    fixHint: 'Keep one reports-to line and turn the others into dotted lines.',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
    const managers = index.from('reports-to');
    for (let i = 0; i < index.nodeCount; i++) {
      // Counting first: the common case allocates nothing.
      if (managers.count(i) < 2 || !index.isPerson(i)) continue;
      const edges = managers.of(i).filter((e) => index.target(e) !== i);
      const others = sortedUniqueNodes(
        index,
        edges.map((e) => index.target(e)),
      );
      if (others.length < 2) continue;
      const person = index.node(i);
      const names = listLabels(others.map((m) => nodeLabel(index.node(m))));
      emit(
        [person.id, ...nodeIdsOf(index, others)],
        sortedEdgeIds(index, edges),
        `${subjectLabel(person)} reports to ${others.length} managers: ${names}`,
      );
    }
  },
  quickFixes: [
    // Two solid lines to two managers: the later-drawn one becomes dotted (secondary reporting), through the editor.
    (plan, v) => {
      const personId = v.nodeIds[0];
      if (personId === undefined) return undefined;
      const lines = indexPlan(plan).managerLines(personId);
      const second = lines.length === 2 ? lines[1] : undefined;
      if (second === undefined) return undefined;
      return {
        id: `${v.ruleId}:dotted`,
        label: `Make the line to ${nameOf(plan, second.target)} dotted`,
        apply: (p) => {
          const result = setEdgeKind(p, second.id, 'dotted-line');
          return result.ok ? result.plan : p;
        },
      };
    },
  ],
});
