/**
 * Quick fixes: one-step edits that make a violation go away, offered only
 * when the right edit is unambiguous (one PM to report to, one team without
 * a PO, ...). Where the user has to choose, the panel shows the rule's fix
 * hint instead. Every candidate is re-checked: a fix that would not remove
 * its violation is never offered.
 */
import { connect } from '../edit/connect';
import { displayName } from '../edit/describe';
import { setEdgeKind } from '../edit/edge-kind';
import { createIdGenerator } from '../edit/ids';
import { indexPlan } from '../graph/index-plan';
import type { Plan } from '../model/types';
import { checkPlan } from '../rules/check';
import type { Violation } from '../rules/violation';
import { violationKey } from './key';
import { removeWaiver, staleWaiverOf } from './waivers';

export interface QuickFix {
  /** Stable for a given violation: `<rule id>:<what it does>`. */
  readonly id: string;
  readonly label: string;
  readonly apply: (plan: Plan) => Plan;
}

type Candidate = (plan: Plan, v: Violation, violations: readonly Violation[]) => QuickFix | undefined;

function onlyNodeOfKind(plan: Plan, kind: 'pm'): string | undefined {
  let found: string | undefined;
  for (const node of plan.nodes) {
    if (node.kind !== kind) continue;
    if (found !== undefined) return undefined;
    found = node.id;
  }
  return found;
}

function nameOf(plan: Plan, id: string): string {
  const node = indexPlan(plan).nodeById.get(id);
  return node === undefined ? id : displayName(node);
}

/** A new edge drawn like the user would, through `connect` (same refusals, same ids). */
function connectFix(id: string, label: string, from: string, to: string): QuickFix {
  return {
    id,
    label,
    apply: (plan) => {
      const result = connect(plan, from, to, createIdGenerator(plan), 'exact');
      return result.ok ? result.plan : plan;
    },
  };
}

/** PO → external stakeholder: move the line to the PO's (one) PM. */
const handOver: Candidate = (plan, v) => {
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

/** A PO who reports to nobody, and the plan has exactly one PM. */
const reportToPm: Candidate = (plan, v) => {
  const poId = v.nodeIds[0];
  if (poId === undefined || v.nodeIds.length !== 1) return undefined;
  const pm = onlyNodeOfKind(plan, 'pm');
  if (pm === undefined) return undefined;
  return connectFix(`${v.ruleId}:report-to`, `Report to ${nameOf(plan, pm)}`, poId, pm);
};

/** A PO in no team, and exactly one team has no PO. */
const joinTeam: Candidate = (plan, v) => {
  const poId = v.nodeIds[0];
  if (poId === undefined) return undefined;
  const index = indexPlan(plan);
  const teamsWithoutPo = plan.nodes.filter(
    (node) => node.kind === 'team' && !index.teamMembers(node.id).some((member) => member.kind === 'po'),
  );
  const team = teamsWithoutPo.length === 1 ? teamsWithoutPo[0] : undefined;
  if (team === undefined) return undefined;
  return connectFix(`${v.ruleId}:join`, `Join ${displayName(team)}`, poId, team.id);
};

/** Two solid lines to two managers: the later-drawn one becomes dotted (secondary reporting), through the editor. */
const dottedSecondLine: Candidate = (plan, v) => {
  const personId = v.nodeIds[0];
  if (personId === undefined) return undefined;
  const lines = indexPlan(plan).managerLines(personId);
  const second = lines.length === 2 ? lines[1] : undefined;
  if (second === undefined) return undefined;
  return {
    id: `${v.ruleId}:dotted`,
    label: `Make the line to ${nameOf(plan, second.target)} dotted`,
    apply: (p) => {
      const result = setEdgeKind(p, second.id, 'dotted-line');
      return result.ok ? result.plan : p;
    },
  };
};

/** The same line drawn twice or more: keep the first drawn, remove the others. */
const removeDuplicates: Candidate = (_plan, v) => {
  const extra = new Set(v.edgeIds);
  if (extra.size < 2) return undefined;
  return {
    id: `${v.ruleId}:remove`,
    label: extra.size === 2 ? 'Remove the duplicate' : `Remove the ${extra.size - 1} duplicates`,
    apply: (p) => {
      const first = p.edges.find((e) => extra.has(e.id));
      if (first === undefined) return p;
      return { ...p, edges: p.edges.filter((e) => e === first || !extra.has(e.id)) };
    },
  };
};

/** An external stakeholder no PM engages, and the plan has exactly one PM. */
const pmEngages: Candidate = (plan, v) => {
  const stakeholderId = v.nodeIds[0];
  const pm = onlyNodeOfKind(plan, 'pm');
  if (stakeholderId === undefined || pm === undefined) return undefined;
  return connectFix(`${v.ruleId}:pm-engages`, `Let ${nameOf(plan, pm)} engage them`, pm, stakeholderId);
};

const removeStaleWaiver: Candidate = (plan, v, violations) => {
  const waiver = staleWaiverOf(plan, v, violations);
  if (waiver === undefined) return undefined;
  return {
    id: `${v.ruleId}:remove`,
    label: 'Remove waiver',
    apply: (p) => removeWaiver(p, waiver.ruleId, waiver.nodeId),
  };
};

const CANDIDATES: Readonly<Record<string, Candidate>> = {
  'po-internal-stakeholders-only': handOver,
  'po-reports-to-pm': reportToPm,
  'po-in-team': joinTeam,
  'single-manager': dottedSecondLine,
  'duplicate-line': removeDuplicates,
  'external-stakeholder-has-pm': pmEngages,
  'stale-waiver': removeStaleWaiver,
};

/**
 * The quick fixes for one violation of `plan`. `violations` is checkPlan(plan)
 * when the caller has it already (the app memoises it).
 */
export function quickFixesFor(plan: Plan, violation: Violation, violations?: readonly Violation[]): QuickFix[] {
  const candidate = Object.hasOwn(CANDIDATES, violation.ruleId) ? CANDIDATES[violation.ruleId] : undefined;
  if (candidate === undefined) return [];
  const fix = candidate(plan, violation, violations ?? checkPlan(plan));
  if (fix === undefined) return [];
  const after = fix.apply(plan);
  if (after === plan) return [];
  const key = violationKey(violation);
  if (checkPlan(after).some((v) => violationKey(v) === key)) return [];
  return [fix];
}
