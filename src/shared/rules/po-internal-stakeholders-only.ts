/**
 * po-internal-stakeholders-only: one violation per engages line from a PO to
 * an external stakeholder. The article is not consistent here: see its tension.
 */
import { indexPlan } from '../graph/index-plan';
import { displayName } from '../edit/describe';
import type { FixCandidate } from '../fixes/fix-kit';
import { defineRule } from './support/rule-types';
import { nodeLabel, subjectLabel } from './support/labels';
import { OTHER_STAKEHOLDER_PASSAGES, STAKEHOLDER_SENTENCE } from './support/stakeholder-sentence';

/** PO → external stakeholder: move the line to the PO's (one) PM. */
const handOver: FixCandidate = (plan, v) => {
  const [poId, stakeholderId] = v.nodeIds;
  const edgeId = v.edgeIds[0];
  if (poId === undefined || stakeholderId === undefined || edgeId === undefined) return undefined;
  const index = indexPlan(plan);
  const managers = index.managerLines(poId);
  const pm = managers.length === 1 ? index.nodeById.get(managers[0]?.target ?? '') : undefined;
  if (pm?.kind !== 'pm') return undefined;
  const pmEngages = index.linesFrom('engages', pm.id).some((e) => e.target === stakeholderId);
  return {
    id: `${v.ruleId}:hand-over`,
    label: `Hand over to ${displayName(pm)}`,
    apply: (p) => ({
      ...p,
      // Re-pointed in place (same id, same position in the list); dropped if the PM already engages them.
      edges: pmEngages
        ? p.edges.filter((e) => e.id !== edgeId)
        : p.edges.map((e) => (e.id === edgeId ? { ...e, source: pm.id } : e)),
    }),
  };
};

export const poInternalStakeholdersOnly = defineRule({
  meta: {
    id: 'po-internal-stakeholders-only',
    defaultSeverity: 'error',
    origin: 'article',
    summary: 'Product Owners engage internal stakeholders only; external stakeholders are the Product Manager’s.',
    quote: STAKEHOLDER_SENTENCE,
    tension: {
      passages: OTHER_STAKEHOLDER_PASSAGES,
      note: 'The article is not consistent about stakeholders: one passage makes the PO the contact of all of them, another keeps POs out of direct contact with any. This rule follows the sentence above, the article’s own summary, which its comparison table repeats (external stakeholders for the PM, internal teams for the PO) and which the second passage only makes stricter; it is what this product’s users asked for. Its default severity stays error for that reason, and because lowering a default would silently change what `org-planner check` exits with on plans that rely on it. A plan that follows the first passage can set this rule to warning (Rules view, or its `rules` settings) or waive a PO’s line with the reason.',
    },
    fixHint:
      'Move the engages line from the PO to a Product Manager, or set the stakeholder’s scope to internal if it is part of the company.',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
    const engages = index.from('engages');
    for (const source of index.nodesOf('po')) {
      for (let k = 0, count = engages.count(source); k < count; k++) {
        const target = engages.farEnd(source, k);
        if (index.kind(target) !== 'stakeholder') continue;
        const stakeholder = index.node(target);
        if (stakeholder.scope !== 'external') continue;
        const po = index.node(source);
        const edge = index.edge(engages.at(source, k));
        emit([po.id, stakeholder.id], [edge.id], `${subjectLabel(po)} engages ${nodeLabel(stakeholder)}`);
      }
    }
  },
  quickFixes: [handOver],
});
