/**
 * span-of-control: a person has at most `max` distinct direct reports (solid
 * lines only: dotted lines are secondary reporting, format.md).
 */
import { defineRule } from './support/rule-types';
import { subjectLabel } from './support/labels';
import { sortUniqueIds } from './support/id-lists';

const MAX = { name: 'max', description: 'The most direct reports one person may have.', default: 8 } as const;

export const spanOfControl = defineRule({
  meta: {
    id: 'span-of-control',
    defaultSeverity: 'warning',
    origin: 'structure',
    summary: 'No one has more direct reports than the span-of-control maximum (8 unless the plan says otherwise).',
    fixHint:
      'Move some of the direct reports under a new or an existing lead, or raise "max" in the plan’s settings for this rule.',
    options: [MAX],
  },
  reads: { scope: 'node' },
  check: ({ index, settings }, emit) => {
    // settings.ts fills every declared option: the default here only satisfies the type.
    const max = settings.options.max ?? MAX.default;
    const reportLines = index.into('reports-to');
    for (let i = 0; i < index.nodeCount; i++) {
      const count = reportLines.count(i);
      // No more lines than max means no more reports: most nodes stop here.
      if (count <= max || !index.isPerson(i)) continue;
      const manager = index.node(i);
      // Built in place, with the manager first: a large org has thousands of these.
      const nodeIds = [manager.id];
      const edgeIds: string[] = [];
      for (let k = 0; k < count; k++) {
        const report = reportLines.farEnd(i, k);
        if (report === i) continue;
        nodeIds.push(index.node(report).id);
        edgeIds.push(index.edge(reportLines.at(i, k)).id);
      }
      sortUniqueIds(nodeIds, 1);
      const reports = nodeIds.length - 1;
      if (reports <= max) continue;
      emit(
        nodeIds,
        sortUniqueIds(edgeIds),
        `${subjectLabel(manager)} has ${reports} direct reports (more than ${max})`,
      );
    }
  },
});
