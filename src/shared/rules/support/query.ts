/**
 * A small query language over the graph index for rules that read like the
 * sentence they check ("every internal stakeholder is engaged by a PO"):
 * questions about one node, by position, answered from the index's typed
 * tables without allocating, so the 100,000-node budget holds. A line only
 * answers when its far end has the kind asked for, so a line between the
 * wrong kinds (edge-endpoints) never satisfies a rule.
 */
import type { GraphIndex } from '../../graph';
import type { NodeKind } from '../../model/types';
import { reachesSomeoneElse } from './someone-else';

/** Some node of `kind` has an engages line to node i. */
export function isEngagedBy(index: GraphIndex, i: number, kind: NodeKind): boolean {
  return index.into('engages').reaches(i, kind);
}

/** Node i has a member-of line to some node of `kind` (a team). */
export function isMemberOfA(index: GraphIndex, i: number, kind: NodeKind): boolean {
  return index.from('member-of').reaches(i, kind);
}

/** Some node of `kind` has a member-of line to node i. */
export function hasMemberWhoIsA(index: GraphIndex, i: number, kind: NodeKind): boolean {
  return index.into('member-of').reaches(i, kind);
}

/** Node i reports (solid line) to a node of `kind` who is not the same person (model/same-person.ts). */
export function reportsToSomeoneElseWhoIsA(index: GraphIndex, i: number, kind: NodeKind): boolean {
  return reachesSomeoneElse(index, index.from('reports-to'), i, kind);
}

/** A node of `kind` who is not the same person as node i reports (solid line) to node i. */
export function hasDirectReportWhoIsA(index: GraphIndex, i: number, kind: NodeKind): boolean {
  return reachesSomeoneElse(index, index.into('reports-to'), i, kind);
}

/** The stakeholder's scope (undefined for other kinds, or when it has none). */
export function scopeOf(index: GraphIndex, i: number): 'internal' | 'external' | undefined {
  return index.node(i).scope;
}
