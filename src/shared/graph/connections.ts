/**
 * Which node kinds each edge kind may join: the one answer the editor's
 * connect checks, the rule `edge-endpoints` and the quick fixes share
 * (format.md leaves this to the rule, so a file with wrong lines still opens
 * and can be fixed). Also what a connection drawn between two nodes means,
 * and the words the user reads when one is refused, which say what to do
 * instead.
 */
import { isPersonKind, type EdgeKind, type NodeKind, type PlanNode } from '../model/types';

/** Where a connection was dragged from: a person's top handle (to the manager), bottom handle (to a report), or a side. */
export type HandleSide = 'up' | 'down' | 'side';

/**
 * How the direction of a line between two people is chosen: by a handle (a
 * drag: their roles decide when they can, else the handle), or 'exact' (the
 * first reports to the second, as a quick fix, a drop or the inspector says).
 */
export type ConnectDirection = HandleSide | 'exact';

export interface ProposedEdge {
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
}

/** Every line starts at a person; this is what it may end at. */
function fitsTarget(edgeKind: EdgeKind, target: NodeKind): boolean {
  switch (edgeKind) {
    case 'reports-to':
    case 'dotted-line':
      return isPersonKind(target);
    case 'member-of':
      return target === 'team';
    case 'engages':
      return target === 'stakeholder';
  }
}

/** Whether an edge of this kind may go from a node of kind `source` to one of kind `target` (ends apart). */
export function mayJoin(edgeKind: EdgeKind, source: NodeKind, target: NodeKind): boolean {
  return isPersonKind(source) && fitsTarget(edgeKind, target);
}

/** What each edge kind must join, as `edge-endpoints` words it: "must go from a person to a team". */
export const ALLOWED_ENDS: Readonly<Record<EdgeKind, string>> = {
  'reports-to': 'a person to a person',
  'dotted-line': 'a person to a person',
  'member-of': 'a person to a team',
  engages: 'a person to a stakeholder',
};

const SELF_CONNECTION = 'A node cannot be connected to itself.';

/** Why the editor refuses an edge of this kind between wrong kinds: what to do instead. */
const REFUSAL: Readonly<Record<EdgeKind, string>> = {
  'reports-to': 'Only a person (PM, PO or anyone else) can report to another person.',
  'dotted-line': 'Only a person (PM, PO or anyone else) can report to another person.',
  'member-of': 'Only a person can be a member of a team.',
  engages: 'Only a person can engage a stakeholder.',
};

/** Null when `kind` may join these two nodes, else why not, in the editor's words. */
export function endpointProblem(kind: EdgeKind, source: PlanNode, target: PlanNode): string | null {
  if (source.id === target.id) return SELF_CONNECTION;
  return mayJoin(kind, source.kind, target.kind) ? null : REFUSAL[kind];
}

/** The reason two kinds of node can never be joined, whichever way the user drags. */
function refusalBetween(a: PlanNode, b: PlanNode): string {
  if (a.kind === 'team' && b.kind === 'team')
    return 'Two teams cannot be connected: only a person (a PO, a developer, a scrum master...) is a member of a team.';
  if (a.kind === 'stakeholder' && b.kind === 'stakeholder')
    return 'Two stakeholders cannot be connected: only a person engages a stakeholder.';
  return 'A team cannot engage a stakeholder: connect the person who deals with them instead (a PM for external stakeholders, a PO for internal ones).';
}

/** Which of two people reports to the other because of what they are, and the words that say why. */
export interface MeaningfulDirection {
  readonly report: PlanNode;
  readonly manager: PlanNode;
  readonly because: string;
}

/**
 * The direction the article gives a reporting line between two people, when
 * their kinds or levels decide it: a PO reports to a PM ("Product Owners
 * usually report to the Product Managers"); otherwise, when both have levels
 * and they differ, the lower level reports to the higher (format.md: higher is
 * more senior). Undefined when nothing decides it.
 */
export function directionByMeaning(a: PlanNode, b: PlanNode): MeaningfulDirection | undefined {
  if (!isPersonKind(a.kind) || !isPersonKind(b.kind) || a.id === b.id) return undefined;
  if (a.kind === 'po' && b.kind === 'pm') return { report: a, manager: b, because: 'a PO reports to a PM' };
  if (a.kind === 'pm' && b.kind === 'po') return { report: b, manager: a, because: 'a PO reports to a PM' };
  if (a.level === undefined || b.level === undefined || a.level === b.level) return undefined;
  const because = 'the lower level reports to the higher';
  return a.level < b.level ? { report: a, manager: b, because } : { report: b, manager: a, because };
}

/**
 * The edge a drag from `from` to `to` means. The kinds decide the edge kind;
 * the direction follows from the kinds too. Between two people a drag
 * (`side` a handle) follows their roles when directionByMeaning decides it,
 * whichever dot was used; otherwise dragging from the bottom handle means
 * "this one reports to me" and any other handle "I report to that one".
 * 'exact' always makes `from` report to `to`.
 */
export function inferEdge(
  from: PlanNode,
  to: PlanNode,
  side: ConnectDirection = 'exact',
): ProposedEdge | { reason: string } {
  if (from.id === to.id) return { reason: SELF_CONNECTION };
  const fromPerson = isPersonKind(from.kind);
  const toPerson = isPersonKind(to.kind);
  if (fromPerson && toPerson) {
    const meaning = side === 'exact' ? undefined : directionByMeaning(from, to);
    if (meaning !== undefined) return { kind: 'reports-to', source: meaning.report.id, target: meaning.manager.id };
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
