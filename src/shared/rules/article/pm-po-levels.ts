/**
 * The PM is senior to the PO: "...the Product Manager is more senior than the
 * Product Owner..." (pm-outranks-po), and the PO turns the PM's vision into a
 * backlog (pm-has-po).
 */
import type { RuleCheck } from '../context';
import { sortedEdgeIds } from '../id-lists';
import { nodeLabel, subjectLabel } from '../labels';
import { linesUp, nearestAbove } from '../nearest-above';
import { reachesSomeoneElse } from '../someone-else';

/**
 * pm-outranks-po: a PO with a level and the nearest PM above them in the
 * reporting chain (through other managers; only lines between people count),
 * when that PM has a level too: the PM's level must be higher.
 */
export const checkPmOutranksPo: RuleCheck = ({ index }, emit) => {
  const pos = index.nodesOf('po');
  // Without a PO that has a level there is nothing to compare: skip the search.
  if (!pos.some((i) => index.node(i).level !== undefined)) return;
  const above = nearestAbove(index, index.nodesOf('pm'), true);
  for (const i of pos) {
    const levels = above.depth[i] ?? -1;
    if (levels <= 0) continue;
    const po = index.node(i);
    const pm = index.node(above.nearest[i] ?? -1);
    if (po.level === undefined || pm.level === undefined || pm.level > po.level) continue;
    const how = levels === 1 ? 'who reports to them' : `who is under them, ${levels} levels down`;
    emit(
      [po.id, pm.id],
      sortedEdgeIds(index, linesUp(index, above, i)),
      `${subjectLabel(pm)} at level ${pm.level} is not senior to ${nodeLabel(po)} at level ${po.level}, ${how}`,
    );
  }
};

/** pm-has-po: every PM has at least one PO among its direct reports (solid lines only), who is someone else. */
export const checkPmHasPo: RuleCheck = ({ index }, emit) => {
  const reports = index.into('reports-to');
  for (const i of index.nodesOf('pm')) {
    if (!reachesSomeoneElse(index, reports, i, 'po'))
      emit([index.node(i).id], [], `${subjectLabel(index.node(i))} has no Product Owner reporting to them`);
  }
};
