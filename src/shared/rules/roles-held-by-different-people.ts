/**
 * roles-held-by-different-people: "...ideally, the roles are different and must
 * be carried by two different individuals." Same-person matching is
 * model/same-person.ts's; vacant roles and blank names are nobody yet, so never match.
 */
import { personKey } from '../model/same-person';
import { defineRule } from './support/rule-types';
import { sortedUniqueNodeIds } from './support/id-lists';

interface Holder {
  pms: number[];
  pos: number[];
}

export const rolesHeldByDifferentPeople = defineRule({
  meta: {
    id: 'roles-held-by-different-people',
    defaultSeverity: 'warning',
    origin: 'article',
    summary: 'The Product Manager and the Product Owner roles are held by different people.',
    quote:
      'A single person can work for both roles if the company decides to but ideally, the roles are different and must be carried by two different individuals.',
    fixHint:
      'Give one of the roles to someone else: rename the PM or PO node, or mark it vacant until it is filled. If the company chose to combine the roles, add a waiver with the reason.',
    // One person seen on several nodes: the user may waive the PM node or the PO node of a combined role.
    waivedOnAnyNode: true,
  },
  // One violation per person: a rename re-checks only the people the node left and joined.
  reads: { scope: 'kinds', kinds: ['pm', 'po'], group: personKey },
  check: ({ index }, emit) => {
    const byPerson = new Map<string, Holder>();
    for (const kind of ['pm', 'po'] as const) {
      for (const i of index.nodesOf(kind)) {
        const key = personKey(index.node(i));
        if (key === undefined) continue;
        let holder = byPerson.get(key);
        if (holder === undefined) {
          holder = { pms: [], pos: [] };
          byPerson.set(key, holder);
        }
        (kind === 'pm' ? holder.pms : holder.pos).push(i);
      }
    }
    // Map order follows the file, but each person gives one violation and the engine sorts them all.
    for (const holder of byPerson.values()) {
      if (holder.pms.length === 0 || holder.pos.length === 0) continue;
      // The PM side first (what the user waives, docs/rules.md), then the PO side, each by id.
      const ids = [...sortedUniqueNodeIds(index, holder.pms), ...sortedUniqueNodeIds(index, holder.pos)];
      const first = index.node(index.indexOf(ids[0] ?? ''));
      const name = first.name.trim().replace(/\s+/g, ' ');
      emit(ids, [], `${name} holds both the Product Manager and the Product Owner role (${ids.length} nodes)`);
    }
  },
});
