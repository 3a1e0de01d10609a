/** po-in-team: "A product owner is an important part of the Scrum Team...": every PO is member-of a team. */
import { indexPlan } from '../graph/index-plan';
import { displayName } from '../edit/describe';
import { connectFix } from '../fixes/fix-kit';
import { defineRule } from './support/rule-types';
import { subjectLabel } from './support/labels';
import { isMemberOfA } from './support/query';

export const poInTeam = defineRule({
  meta: {
    id: 'po-in-team',
    defaultSeverity: 'error',
    origin: 'article',
    summary: 'Every Product Owner is a member of a Scrum team.',
    quote: 'A product owner is an important part of the Scrum Team...',
    fixHint: 'Draw a member-of line from the PO to their team (add a team node first if there is none).',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
    for (const po of index.nodesOf('po')) {
      if (!isMemberOfA(index, po, 'team'))
        emit([index.node(po).id], [], `${subjectLabel(index.node(po))} is not a member of any team`);
    }
  },
  quickFixes: [
    // A PO in no team, and exactly one team has no PO.
    (plan, v) => {
      const poId = v.nodeIds[0];
      if (poId === undefined) return undefined;
      const index = indexPlan(plan);
      const teamsWithoutPo = plan.nodes.filter(
        (node) => node.kind === 'team' && !index.teamMembers(node.id).some((member) => member.kind === 'po'),
      );
      const team = teamsWithoutPo.length === 1 ? teamsWithoutPo[0] : undefined;
      if (team === undefined) return undefined;
      return connectFix(`${v.ruleId}:join`, `Join ${displayName(team)}`, poId, team.id);
    },
  ],
});
