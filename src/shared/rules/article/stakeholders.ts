/**
 * The stakeholder sentence: "Product Managers are responsible for dealing with
 * external stakeholders, whereas Product Owners are responsible for dealing
 * with internal stakeholders."
 */
import type { RuleCheck } from '../context';
import { nodeLabel, subjectLabel } from '../labels';

/** po-internal-stakeholders-only: one violation per engages line from a PO to an external stakeholder. */
export const checkPoInternalStakeholdersOnly: RuleCheck = ({ index }, emit) => {
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
};

/** external-stakeholder-has-pm: every external stakeholder is engaged by at least one PM. */
export const checkExternalStakeholderHasPm: RuleCheck = ({ index }, emit) => {
  const engagedBy = index.into('engages');
  for (const i of index.nodesOf('stakeholder')) {
    const stakeholder = index.node(i);
    if (stakeholder.scope !== 'external') continue;
    if (!engagedBy.reaches(i, 'pm'))
      emit([stakeholder.id], [], `${subjectLabel(stakeholder)} is not engaged by any Product Manager`);
  }
};

/**
 * internal-stakeholder-has-po: every internal stakeholder is engaged by at
 * least one PO (a vacant PO counts; a PM engaging them as well is fine, the
 * article's PM also "needs to collaborate with external and internal stakeholders").
 */
export const checkInternalStakeholderHasPo: RuleCheck = ({ index }, emit) => {
  const engagedBy = index.into('engages');
  for (const i of index.nodesOf('stakeholder')) {
    const stakeholder = index.node(i);
    if (stakeholder.scope !== 'internal') continue;
    if (!engagedBy.reaches(i, 'po'))
      emit([stakeholder.id], [], `${subjectLabel(stakeholder)} is not engaged by any Product Owner`);
  }
};
