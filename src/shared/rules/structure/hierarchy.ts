/**
 * The solid-line hierarchy: one manager each (single-manager) and a bounded
 * number of direct reports (span-of-control). Dotted lines are secondary
 * reporting and count for neither (format.md).
 */
import type { RuleCheck } from '../context';
import { listLabels, nodeLabel, subjectLabel } from '../labels';
import { nodeIdsOf, sortUniqueIds, sortedEdgeIds, sortedUniqueNodes } from '../id-lists';

/**
 * single-manager: a person reports to at most one manager, counted once each:
 * a second line to the same manager is a duplicate-line, and a self-loop
 * (edge-endpoints) is no manager.
 */
export const checkSingleManager: RuleCheck = ({ index }, emit) => {
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
};

/** span-of-control: a person has at most `max` distinct direct reports. */
export const checkSpanOfControl: RuleCheck = ({ index, settings }, emit) => {
  const max = settings.options.max ?? 8;
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
    emit(nodeIds, sortUniqueIds(edgeIds), `${subjectLabel(manager)} has ${reports} direct reports (more than ${max})`);
  }
};
