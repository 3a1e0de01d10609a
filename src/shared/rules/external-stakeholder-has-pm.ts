/** external-stakeholder-has-pm: every external stakeholder is engaged by at least one PM. */
import { connectFix, nameOf, onlyNodeOfKind } from '../fixes/fix-kit';
import { defineRule } from './support/rule-types';
import { subjectLabel } from './support/labels';
import { isEngagedBy, scopeOf } from './support/query';
import { STAKEHOLDER_SENTENCE } from './support/stakeholder-sentence';

export const externalStakeholderHasPm = defineRule({
  meta: {
    id: 'external-stakeholder-has-pm',
    defaultSeverity: 'warning',
    origin: 'article',
    summary: 'Every external stakeholder is engaged by at least one Product Manager.',
    quote: STAKEHOLDER_SENTENCE,
    fixHint: 'Draw an engages line from a Product Manager to the stakeholder.',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
    for (const stakeholder of index.nodesOf('stakeholder')) {
      if (scopeOf(index, stakeholder) !== 'external' || isEngagedBy(index, stakeholder, 'pm')) continue;
      emit(
        [index.node(stakeholder).id],
        [],
        `${subjectLabel(index.node(stakeholder))} is not engaged by any Product Manager`,
      );
    }
  },
  quickFixes: [
    // An external stakeholder no PM engages, and the plan has exactly one PM.
    (plan, v) => {
      const stakeholderId = v.nodeIds[0];
      const pm = onlyNodeOfKind(plan, 'pm');
      if (stakeholderId === undefined || pm === undefined) return undefined;
      return connectFix(`${v.ruleId}:pm-engages`, `Let ${nameOf(plan, pm)} engage them`, pm, stakeholderId);
    },
  ],
});
