/**
 * po-reports-to-pm: "Yes, Product Owners usually report to the Product Managers."
 * The PM must be someone else: a PM node of the PO's own person does not count.
 */
import { connectFix, nameOf, onlyNodeOfKind } from '../fixes/fix-kit';
import { defineRule } from './support/rule-types';
import { nodeIdsOf, sortedEdgeIds, sortedUniqueNodes } from './support/id-lists';
import { listLabels, nodeLabel, subjectLabel } from './support/labels';
import { reportsToSomeoneElseWhoIsA } from './support/query';

export const poReportsToPm = defineRule({
  meta: {
    id: 'po-reports-to-pm',
    defaultSeverity: 'warning',
    origin: 'article',
    summary: 'Every Product Owner reports to a Product Manager, who is someone else.',
    quote: 'Yes, Product Owners usually report to the Product Managers.',
    fixHint:
      'Draw a reports-to line from the PO to their Product Manager, or change the kind of their current manager to PM if that is their role.',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
    const managers = index.from('reports-to');
    for (const i of index.nodesOf('po')) {
      if (reportsToSomeoneElseWhoIsA(index, i, 'pm')) continue;
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
  },
  quickFixes: [
    // A PO who reports to nobody, and the plan has exactly one PM.
    (plan, v) => {
      const poId = v.nodeIds[0];
      if (poId === undefined || v.nodeIds.length !== 1) return undefined;
      const pm = onlyNodeOfKind(plan, 'pm');
      if (pm === undefined) return undefined;
      return connectFix(`${v.ruleId}:report-to`, `Report to ${nameOf(plan, pm)}`, poId, pm);
    },
  ],
});
