/**
 * The PO belongs to a Scrum team and owns its backlog: "A product owner is an
 * important part of the Scrum Team..." and "He is responsible for maintaining
 * and optimizing the product backlog."
 */
import type { RuleCheck } from '../context';
import { subjectLabel } from '../labels';
import { sortedEdgeIds, sortedUniqueNodeIds } from '../id-lists';
import type { EdgeLists, GraphIndex } from '../../graph';
import { isSamePerson, personKey } from '../../model/same-person';

/** po-in-team: every PO is member-of at least one team node. */
export const checkPoInTeam: RuleCheck = ({ index }, emit) => {
  const memberships = index.from('member-of');
  for (const i of index.nodesOf('po')) {
    if (!memberships.reaches(i, 'team'))
      emit([index.node(i).id], [], `${subjectLabel(index.node(i))} is not a member of any team`);
  }
};

/** Whether the team's PO members are one node, or nodes of one person; the common case, checked without allocating. */
function hasOnePo(index: GraphIndex, members: EdgeLists, team: number): boolean {
  let po = -1;
  for (let k = 0, count = members.count(team); k < count; k++) {
    const source = members.farEnd(team, k);
    if (index.kind(source) !== 'po' || source === po) continue;
    if (po !== -1 && !isSamePerson(index.node(po), index.node(source))) return false;
    po = source;
  }
  return po !== -1;
}

/** How many different people these PO nodes are (model/same-person.ts; vacant and unnamed POs are one each). */
function personCount(index: GraphIndex, ids: readonly string[]): number {
  const keys = new Set<string>();
  let nobody = 0;
  for (const id of ids) {
    const key = personKey(index.node(index.indexOf(id)));
    if (key === undefined) nobody++;
    else keys.add(key);
  }
  return keys.size + nobody;
}

/**
 * team-has-one-po: exactly one Product Owner is member-of each team. A vacant
 * PO counts (rules.md "Vacancies"); two member-of lines from the same PO, or
 * two PO nodes of the same person, are still one PO.
 */
export const checkTeamHasOnePo: RuleCheck = ({ index }, emit) => {
  const members = index.into('member-of');
  for (const i of index.nodesOf('team')) {
    if (hasOnePo(index, members, i)) continue;
    const poEdges = members.of(i).filter((e) => index.kind(index.source(e)) === 'po');
    const distinct = sortedUniqueNodeIds(
      index,
      poEdges.map((e) => index.source(e)),
    );
    const team = index.node(i);
    const label = subjectLabel(team);
    const message =
      distinct.length === 0
        ? `${label}: no Product Owner owns this team's backlog`
        : `${label}: ${personCount(index, distinct)} Product Owners share one backlog`;
    emit([team.id, ...distinct], sortedEdgeIds(index, poEdges), message);
  }
};

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

/**
 * team-has-developers: the PO works "closely with the development team", so a
 * team needs a member besides its Product Owner: a node of kind person,
 * vacant or not (the plan has no developer kind; PMs and POs are not developers).
 */
export const checkTeamHasDevelopers: RuleCheck = ({ index }, emit) => {
  const members = index.into('member-of');
  for (const i of index.nodesOf('team')) {
    if (members.reaches(i, 'person')) continue;
    const team = index.node(i);
    emit([team.id], [], `${subjectLabel(team)} ${WITHOUT_DEVELOPERS[membersWithoutDevelopers(index, members, i)]}`);
  }
};
