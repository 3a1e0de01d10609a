/**
 * The PM is senior to the PO: "...the Product Manager is more senior than the
 * Product Owner..." (pm-outranks-po), and the PO turns the PM's vision into a
 * backlog (pm-has-po).
 */
import type { RuleCheck } from '../context';
import { nodeLabel, subjectLabel } from '../labels';

/** pm-outranks-po: per reports-to line PO → PM where both have a level and the PM's is not higher. */
export const checkPmOutranksPo: RuleCheck = ({ index }, emit) => {
  const managers = index.from('reports-to');
  for (const source of index.nodesOf('po')) {
    for (let k = 0, count = managers.count(source); k < count; k++) {
      const target = managers.farEnd(source, k);
      if (index.kind(target) !== 'pm') continue;
      const po = index.node(source);
      const pm = index.node(target);
      if (po.level === undefined || pm.level === undefined || pm.level > po.level) continue;
      emit(
        [po.id, pm.id],
        [index.edge(managers.at(source, k)).id],
        `${subjectLabel(pm)} at level ${pm.level} is not senior to ${nodeLabel(po)} at level ${po.level}, who reports to them`,
      );
    }
  }
};

/** pm-has-po: every PM has at least one PO among its direct reports (solid lines only). */
export const checkPmHasPo: RuleCheck = ({ index }, emit) => {
  const reports = index.into('reports-to');
  for (const i of index.nodesOf('pm')) {
    if (!reports.reaches(i, 'po'))
      emit([index.node(i).id], [], `${subjectLabel(index.node(i))} has no Product Owner reporting to them`);
  }
};
