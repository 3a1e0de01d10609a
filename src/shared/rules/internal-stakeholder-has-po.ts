/**
 * internal-stakeholder-has-po: every internal stakeholder is engaged by at
 * least one PO (a vacant PO counts; a PM engaging them as well is fine, the
 * article's PM also "needs to collaborate with external and internal stakeholders").
 */
import { indexPlan } from '../graph/index-plan';
import { connectFix, nameOf, onlyNodeOfKind, type FixCandidate } from '../fixes/fix-kit';
import { defineRule } from './support/rule-types';
import { subjectLabel } from './support/labels';
import { isEngagedBy, scopeOf } from './support/query';
import { OTHER_STAKEHOLDER_PASSAGES, STAKEHOLDER_SENTENCE } from './support/stakeholder-sentence';

/**
 * The one PO reporting to the people who engage the stakeholder now (their PM
 * hands the day-to-day to the PO), else the plan's only PO.
 */
const poEngages: FixCandidate = (plan, v) => {
  const stakeholderId = v.nodeIds[0];
  if (stakeholderId === undefined) return undefined;
  const index = indexPlan(plan);
  const pos = new Set<string>();
  for (const line of index.linesInto('engages', stakeholderId)) {
    for (const report of index.directReports(line.source))
      if (index.nodeById.get(report)?.kind === 'po') pos.add(report);
  }
  const po = pos.size === 1 ? [...pos][0] : pos.size === 0 ? onlyNodeOfKind(plan, 'po') : undefined;
  if (po === undefined) return undefined;
  return connectFix(`${v.ruleId}:po-engages`, `Let ${nameOf(plan, po)} engage them`, po, stakeholderId);
};

export const internalStakeholderHasPo = defineRule({
  meta: {
    id: 'internal-stakeholder-has-po',
    defaultSeverity: 'warning',
    origin: 'article',
    summary:
      'Every internal stakeholder is engaged by at least one Product Owner (a Product Manager may engage them too).',
    quote: STAKEHOLDER_SENTENCE,
    tension: {
      passages: OTHER_STAKEHOLDER_PASSAGES,
      note: 'The second passage says POs are not in direct contact with stakeholders at all, against the summary sentence above. This rule follows the summary, and so its default severity is warning, not error: a plan whose PMs deal with every stakeholder directly can switch it off.',
    },
    fixHint:
      'Draw an engages line from the Product Owner who deals with the stakeholder, or set the stakeholder’s scope to external if it is outside the company.',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
    for (const stakeholder of index.nodesOf('stakeholder')) {
      if (scopeOf(index, stakeholder) !== 'internal' || isEngagedBy(index, stakeholder, 'po')) continue;
      emit(
        [index.node(stakeholder).id],
        [],
        `${subjectLabel(index.node(stakeholder))} is not engaged by any Product Owner`,
      );
    }
  },
  quickFixes: [poEngages],
});
