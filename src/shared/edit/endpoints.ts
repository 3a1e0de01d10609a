/**
 * The editor's side of the rule `edge-endpoints` (rules.md): which node kinds
 * each edge kind may join, and, for a connection drawn between two nodes,
 * which edge it means. The reasons are the ones the user reads when a
 * connection is refused, so they say what to do instead.
 */
import { isPersonKind, type EdgeKind, type PlanNode } from '../model/types';
import { describeNode } from './describe';

/** Where a connection was dragged from: a person's top handle (to the manager), bottom handle (to a report), or a side. */
export type HandleSide = 'up' | 'down' | 'side';

export interface ProposedEdge {
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
}

/** Null when `kind` may join these two nodes, else why not (mirrors `edge-endpoints`). */
export function endpointProblem(kind: EdgeKind, source: PlanNode, target: PlanNode): string | null {
  if (source.id === target.id) return 'A node cannot be connected to itself.';
  const personSource = isPersonKind(source.kind);
  switch (kind) {
    case 'reports-to':
    case 'dotted-line':
      return personSource && isPersonKind(target.kind)
        ? null
        : 'Only a person (PM, PO or anyone else) can report to another person.';
    case 'member-of':
      return personSource && target.kind === 'team' ? null : 'Only a person can be a member of a team.';
    case 'engages':
      return personSource && target.kind === 'stakeholder' ? null : 'Only a person can engage a stakeholder.';
  }
}

/** The reason two kinds of node can never be joined, whichever way the user drags. */
function refusalBetween(a: PlanNode, b: PlanNode): string {
  if (a.kind === 'team' && b.kind === 'team')
    return 'Two teams cannot be connected: only a person (a PO, a developer, a scrum master...) is a member of a team.';
  if (a.kind === 'stakeholder' && b.kind === 'stakeholder')
    return 'Two stakeholders cannot be connected: only a person engages a stakeholder.';
  return 'A team cannot engage a stakeholder: connect the person who deals with them instead (a PM for external stakeholders, a PO for internal ones).';
}

/**
 * The edge a drag from `from` to `to` means. The kinds decide the edge kind;
 * the direction follows from the kinds too, except between two people, where
 * dragging from the bottom handle means "this one reports to me" and any other
 * handle means "I report to that one".
 */
export function inferEdge(from: PlanNode, to: PlanNode, side: HandleSide = 'up'): ProposedEdge | { reason: string } {
  if (from.id === to.id) return { reason: 'A node cannot be connected to itself.' };
  const fromPerson = isPersonKind(from.kind);
  const toPerson = isPersonKind(to.kind);
  if (fromPerson && toPerson) {
    return side === 'down'
      ? { kind: 'reports-to', source: to.id, target: from.id }
      : { kind: 'reports-to', source: from.id, target: to.id };
  }
  const person = fromPerson ? from : toPerson ? to : undefined;
  const other = person === from ? to : from;
  if (person === undefined) return { reason: refusalBetween(from, to) };
  if (other.kind === 'team') return { kind: 'member-of', source: person.id, target: other.id };
  return { kind: 'engages', source: person.id, target: other.id };
}

/** "Lena Schmidt (PO) reports to Daniel Okafor (PM)". */
export function describeEdge(kind: EdgeKind, source: PlanNode, target: PlanNode): string {
  const s = describeNode(source);
  const t = describeNode(target);
  switch (kind) {
    case 'reports-to':
      return `${s} reports to ${t}`;
    case 'dotted-line':
      return `${s} has a dotted line to ${t}`;
    case 'member-of':
      return `${s} is a member of ${t}`;
    case 'engages':
      return `${s} engages ${t}`;
  }
}
