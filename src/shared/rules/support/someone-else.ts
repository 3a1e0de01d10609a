/**
 * Lines that satisfy a rule about two roles must join two different people: a
 * PO "reporting" to a PM node of the same person (model/same-person.ts) has
 * no Product Manager, and that PM has no Product Owner.
 */
import type { EdgeLists, GraphIndex } from '../../graph';
import { isSamePerson } from '../../model/same-person';
import type { NodeKind } from '../../model/types';

/** Whether one of node i's lines in `lines` reaches a node of this kind that is not the same person as node i. */
export function reachesSomeoneElse(index: GraphIndex, lines: EdgeLists, i: number, kind: NodeKind): boolean {
  if (!lines.reaches(i, kind)) return false;
  const node = index.node(i);
  for (let k = 0, count = lines.count(i); k < count; k++) {
    const far = lines.farEnd(i, k);
    if (index.kind(far) === kind && !isSamePerson(node, index.node(far))) return true;
  }
  return false;
}
