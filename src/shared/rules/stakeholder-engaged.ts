/**
 * stakeholder-engaged: a stakeholder nobody deals with is a gap in the plan (or a leftover node).
 * Only a person engages: an `engages` line from a team (edge-endpoints) does not count.
 */
import type { EdgeLists, GraphIndex } from '../graph';
import { defineRule } from './support/rule-types';
import { subjectLabel } from './support/labels';

function engagedByPerson(index: GraphIndex, engagedBy: EdgeLists, i: number): boolean {
  for (let k = 0, count = engagedBy.count(i); k < count; k++) if (index.isPerson(engagedBy.farEnd(i, k))) return true;
  return false;
}

export const stakeholderEngaged = defineRule({
  meta: {
    id: 'stakeholder-engaged',
    defaultSeverity: 'warning',
    origin: 'structure',
    summary: 'Every stakeholder is engaged by a person (an engages line from a team does not count).',
    fixHint: 'Draw an engages line from the person who deals with the stakeholder, or delete the stakeholder.',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
    const engagedBy = index.into('engages');
    for (const i of index.nodesOf('stakeholder')) {
      if (engagedByPerson(index, engagedBy, i)) continue;
      const stakeholder = index.node(i);
      emit([stakeholder.id], [], `${subjectLabel(stakeholder)} is not engaged by anyone`);
    }
  },
});
