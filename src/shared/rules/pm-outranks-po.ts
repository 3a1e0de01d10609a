/**
 * pm-outranks-po: "...the Product Manager is more senior than the Product
 * Owner...". A PO with a level and the nearest PM above them in the reporting
 * chain (through other managers; only lines between people count), when that
 * PM has a level too: the PM's level must be higher.
 */
import { QUOTE_SEPARATOR, defineRule } from './support/rule-types';
import { sortedEdgeIds } from './support/id-lists';
import { nodeLabel, subjectLabel } from './support/labels';
import { linesUp, nearestAbove } from './support/nearest-above';

export const pmOutranksPo = defineRule({
  meta: {
    id: 'pm-outranks-po',
    defaultSeverity: 'warning',
    origin: 'article',
    summary:
      'A Product Manager has a higher level than the Product Owners below them: each PO is compared with the nearest PM above them in the reporting chain (directly or through other managers), when both have a level.',
    quote:
      '...the Product Manager is more senior than the Product Owner...' +
      QUOTE_SEPARATOR +
      "Product Owner's salary is usually less than the Product Manager's...",
    fixHint:
      'Raise the PM’s level or lower the PO’s level in the node properties, or have the PO report to a more senior PM.',
  },
  reads: { scope: 'chain', subjects: ['po'], fields: ['level'] },
  check: ({ index }, emit) => {
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
  },
});
