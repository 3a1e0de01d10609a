/**
 * team-has-one-po: the PO owns the team's backlog: "He is responsible for
 * maintaining and optimizing the product backlog." Exactly one Product Owner
 * is member-of each team. A vacant PO counts (rules.md "Vacancies"); two
 * member-of lines from the same PO, or two PO nodes of the same person, are
 * still one PO.
 */
import type { EdgeLists, GraphIndex } from '../graph';
import { isSamePerson, personKey } from '../model/same-person';
import { QUOTE_SEPARATOR, defineRule } from './support/rule-types';
import { sortedEdgeIds, sortedUniqueNodeIds } from './support/id-lists';
import { subjectLabel } from './support/labels';

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

export const teamHasOnePo = defineRule({
  meta: {
    id: 'team-has-one-po',
    defaultSeverity: 'warning',
    origin: 'article',
    summary: 'Every team has exactly one Product Owner, who owns its backlog (two PO nodes of one person count once).',
    quote:
      'He is responsible for maintaining and optimizing the product backlog.' +
      QUOTE_SEPARATOR +
      'Product Owner is the role played by an individual in a scrum team to write stories and prioritize backlogs.',
    fixHint:
      'Give the team exactly one PO: draw a member-of line from a PO (a vacant PO role counts) to the team, or delete the member-of lines of the extra POs.',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
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
  },
});
