/**
 * po-reports-to-pm: "Yes, Product Owners usually report to the Product Managers."
 * The PM must be someone else: a PM node of the PO's own person does not count.
 */
import type { RuleCheck } from '../context';
import { listLabels, nodeLabel, subjectLabel } from '../labels';
import { nodeIdsOf, sortedEdgeIds, sortedUniqueNodes } from '../id-lists';
import { reachesSomeoneElse } from '../someone-else';

export const checkPoReportsToPm: RuleCheck = ({ index }, emit) => {
  const managers = index.from('reports-to');
  for (const i of index.nodesOf('po')) {
    if (reachesSomeoneElse(index, managers, i, 'pm')) continue;
    const edges = managers.of(i);
    // A self-loop is no manager (edge-endpoints reports the loop itself).
    const others = edges.map((e) => index.target(e)).filter((target) => target !== i);
    const po = index.node(i);
    const sorted = sortedUniqueNodes(index, others);
    const label = subjectLabel(po);
    const ownPm = sorted.some((m) => index.kind(m) === 'pm');
    const message =
      sorted.length === 0
        ? `${label} reports to nobody`
        : `${label} reports to ${listLabels(sorted.map((m) => nodeLabel(index.node(m))))}, not to a Product Manager` +
          (ownPm ? ' other than themselves' : '');
    emit([po.id, ...nodeIdsOf(index, sorted)], sortedEdgeIds(index, edges), message);
  }
};
