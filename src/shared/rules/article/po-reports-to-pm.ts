/** po-reports-to-pm: "Yes, Product Owners usually report to the Product Managers." */
import type { RuleCheck } from '../context';
import { listLabels, nodeLabel, subjectLabel } from '../labels';
import { nodeIdsOf, sortedEdgeIds, sortedUniqueNodes } from '../id-lists';

export const checkPoReportsToPm: RuleCheck = ({ index }, emit) => {
  const managers = index.from('reports-to');
  for (const i of index.nodesOf('po')) {
    if (managers.reaches(i, 'pm')) continue;
    const edges = managers.of(i);
    // A self-loop is no manager (edge-endpoints reports the loop itself).
    const others = edges.map((e) => index.target(e)).filter((target) => target !== i);
    const po = index.node(i);
    const sorted = sortedUniqueNodes(index, others);
    const label = subjectLabel(po);
    const message =
      sorted.length === 0
        ? `${label} reports to nobody`
        : `${label} reports to ${listLabels(sorted.map((m) => nodeLabel(index.node(m))))}, not to a Product Manager`;
    emit([po.id, ...nodeIdsOf(index, sorted)], sortedEdgeIds(index, edges), message);
  }
};
