/**
 * team-has-developers: the PO works "closely with the development team", so a
 * team needs a member besides its Product Owner: a node of kind person,
 * vacant or not (the plan has no developer kind; PMs and POs are not developers).
 */
import { addNode } from '../edit/add-node';
import { connect } from '../edit/connect';
import { createIdGenerator } from '../edit/ids';
import { findFreeSpot } from '../edit/placement';
import type { EdgeLists, GraphIndex } from '../graph';
import { indexPlan } from '../graph/index-plan';
import type { FixCandidate } from '../fixes/fix-kit';
import { defineRule } from './support/rule-types';
import { subjectLabel } from './support/labels';
import { hasMemberWhoIsA } from './support/query';

/** What a team without developers has instead: nobody, only POs, or PMs (and maybe POs); lines from non-people never count. */
function membersWithoutDevelopers(index: GraphIndex, members: EdgeLists, team: number): 'none' | 'po' | 'pm' {
  let found: 'none' | 'po' | 'pm' = 'none';
  for (let k = 0, count = members.count(team); k < count; k++) {
    const kind = index.kind(members.farEnd(team, k));
    if (kind === 'pm') return 'pm';
    if (kind === 'po') found = 'po';
  }
  return found;
}

const WITHOUT_DEVELOPERS = {
  none: 'has no members',
  po: 'has no members besides its Product Owner',
  pm: 'has no developers: its members are all Product Managers or Product Owners',
} as const;

/** An open developer role (a vacant person) joins the team, placed at the free spot nearest the team's card. */
const openDeveloperRole: FixCandidate = (plan, v) => {
  const teamId = v.nodeIds[0];
  const team = teamId === undefined ? undefined : indexPlan(plan).nodeById.get(teamId);
  if (team?.kind !== 'team') return undefined;
  return {
    id: `${v.ruleId}:open-role`,
    label: 'Add an open developer role',
    apply: (p) => {
      const newId = createIdGenerator(p);
      const spec = { kind: 'person', name: 'Developer', title: 'Developer' } as const;
      // A plan without positions is laid out when it is shown.
      const at = team.position === undefined ? spec : { ...spec, position: findFreeSpot(p, team.position) };
      const added = addNode(p, at, newId);
      const withRole = {
        ...added.plan,
        nodes: added.plan.nodes.map((n) => (n.id === added.nodeId ? { ...n, vacant: true as const } : n)),
      };
      const result = connect(withRole, added.nodeId, team.id, newId, 'exact');
      return result.ok ? result.plan : p;
    },
  };
};

export const teamHasDevelopers = defineRule({
  meta: {
    id: 'team-has-developers',
    defaultSeverity: 'info',
    origin: 'article',
    summary:
      'Every team has a member besides its Product Owner: a person who is neither a PM nor a PO (a vacant role counts), the development team the PO works with.',
    quote:
      'This means collaborating closely with the development team to ensure all the requirements are well-defined and executed on time.',
    fixHint: 'Draw a member-of line from a developer (a person node) to the team, or add an open developer role to it.',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
    const members = index.into('member-of');
    for (const team of index.nodesOf('team')) {
      if (hasMemberWhoIsA(index, team, 'person')) continue;
      const what = WITHOUT_DEVELOPERS[membersWithoutDevelopers(index, members, team)];
      emit([index.node(team).id], [], `${subjectLabel(index.node(team))} ${what}`);
    }
  },
  quickFixes: [openDeveloperRole],
});
