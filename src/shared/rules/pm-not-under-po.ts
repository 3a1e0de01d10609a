/**
 * pm-not-under-po: no PM has a PO anywhere above it in the reports-to chain,
 * followed through every reports-to line; the nearest PO is named.
 */
import { defineRule } from './support/rule-types';
import { nodeLabel, subjectLabel } from './support/labels';
import { nearestAbove } from './support/nearest-above';

export const pmNotUnderPo = defineRule({
  meta: {
    id: 'pm-not-under-po',
    defaultSeverity: 'error',
    origin: 'article',
    summary: 'No Product Manager sits below a Product Owner in the reporting chain, directly or indirectly.',
    quote: 'Yes, the Product Manager is more senior than the Product Owner in a traditional hierarchy.',
    fixHint:
      'Reverse the reporting line so the PO reports to the PM, or move the PM under another Product Manager or a manager who is not a PO.',
  },
  reads: { scope: 'chain', subjects: ['pm'], fields: [] },
  check: ({ index }, emit) => {
    const { depth, nearest: nearestPo, via: viaEdge } = nearestAbove(index, index.nodesOf('po'), false);
    for (const i of index.nodesOf('pm')) {
      const levels = depth[i] ?? -1;
      if (levels <= 0) continue;
      const pm = index.node(i);
      const po = index.node(nearestPo[i] ?? -1);
      const edge = index.edge(viaEdge[i] ?? -1);
      const pmLabel = subjectLabel(pm);
      const message =
        levels === 1
          ? `${pmLabel} reports to ${nodeLabel(po)}`
          : `${pmLabel} is under ${nodeLabel(po)}, ${levels} levels up`;
      emit([pm.id, po.id], [edge.id], message);
    }
  },
});
