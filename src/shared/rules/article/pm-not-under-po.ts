/**
 * pm-not-under-po: no PM has a PO anywhere above it in the reports-to chain,
 * followed through every reports-to line; the nearest PO is named.
 */
import type { RuleCheck } from '../context';
import { nodeLabel, subjectLabel } from '../labels';
import { nearestAbove } from '../nearest-above';

export const checkPmNotUnderPo: RuleCheck = ({ index }, emit) => {
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
};
