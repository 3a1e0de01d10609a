/** stakeholder-engaged: a stakeholder nobody deals with is a gap in the plan (or a leftover node). */
import type { RuleCheck } from '../context';
import { subjectLabel } from '../labels';

export const checkStakeholderEngaged: RuleCheck = ({ index }, emit) => {
  const engagedBy = index.into('engages');
  for (const i of index.nodesOf('stakeholder')) {
    if (engagedBy.count(i) > 0) continue;
    const stakeholder = index.node(i);
    emit([stakeholder.id], [], `${subjectLabel(stakeholder)} is not engaged by anyone`);
  }
};
