/**
 * span-of-control: a person has at most `max` distinct direct reports (solid
 * lines only: dotted lines are secondary reporting, format.md), and, when the
 * plan sets `min`, a person with any direct reports has at least `min` of them
 * (a manager of one or two is a layer that adds little). `min` is 0, off, by
 * default, so plans that never set it keep their problems.
 */
import { defineRule } from './support/rule-types';
import { subjectLabel } from './support/labels';
import { sortUniqueIds } from './support/id-lists';

const MAX = { name: 'max', description: 'The most direct reports one person may have.', default: 8 } as const;
const MIN = {
  name: 'min',
  description: 'The fewest direct reports a manager (someone with any) should have; 0 is off.',
  default: 0,
} as const;

export const spanOfControl = defineRule({
  meta: {
    id: 'span-of-control',
    defaultSeverity: 'warning',
    origin: 'structure',
    summary:
      'No one has more direct reports than the span-of-control maximum (8 unless the plan says otherwise), nor, when the plan sets a minimum, fewer than it.',
    fixHint:
      'Move some of the direct reports under a new or an existing lead (or merge a small team into a neighbour’s), or change "max" or "min" in the plan’s settings for this rule.',
    options: [MAX, MIN],
  },
  reads: { scope: 'node' },
  check: ({ index, settings }, emit) => {
    // settings.ts fills every declared option: the defaults here only satisfy the type.
    const max = settings.options.max ?? MAX.default;
    const min = settings.options.min ?? MIN.default;
    const reportLines = index.into('reports-to');
    for (let i = 0; i < index.nodeCount; i++) {
      const count = reportLines.count(i);
      // No more lines than max means no more reports: most nodes stop here (and no lines, no manager). Repeated
      // lines to one report count once, so only a minimum of 0 or 1 can be judged by the lines alone.
      if (count === 0 || (count <= max && min <= 1) || !index.isPerson(i)) continue;
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
      if (reports > max) {
        emit(
          nodeIds,
          sortUniqueIds(edgeIds),
          `${subjectLabel(manager)} has ${reports} direct reports (more than ${max})`,
        );
      } else if (reports > 0 && reports < min) {
        emit(
          nodeIds,
          sortUniqueIds(edgeIds),
          `${subjectLabel(manager)} has ${reports} direct ${reports === 1 ? 'report' : 'reports'} (fewer than ${min})`,
        );
      }
    }
  },
});
