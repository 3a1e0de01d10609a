/**
 * stakeholder-engaged: a stakeholder nobody deals with is a gap in the plan (or a leftover node).
 * Only a person engages: an `engages` line from a team (edge-endpoints) does not count.
 */
import type { EdgeLists, GraphIndex } from '../../graph';
import type { RuleCheck } from '../context';
import { subjectLabel } from '../labels';

function engagedByPerson(index: GraphIndex, engagedBy: EdgeLists, i: number): boolean {
  for (let k = 0, count = engagedBy.count(i); k < count; k++) if (index.isPerson(engagedBy.farEnd(i, k))) return true;
  return false;
}

export const checkStakeholderEngaged: RuleCheck = ({ index }, emit) => {
  const engagedBy = index.into('engages');
  for (const i of index.nodesOf('stakeholder')) {
    if (engagedByPerson(index, engagedBy, i)) continue;
    const stakeholder = index.node(i);
    emit([stakeholder.id], [], `${subjectLabel(stakeholder)} is not engaged by anyone`);
  }
};
