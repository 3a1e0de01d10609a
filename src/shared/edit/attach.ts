/**
 * Placing a new card next to the selected one, already connected, as the
 * article's chart reads: a new PO under a selected PM (reports to them), a new
 * team under a selected PO (the PO is a member), a new stakeholder beside a
 * selected person (who engages them). One edit, so one undo step.
 */
import { HORIZONTAL_GAP, NODE_HEIGHT, NODE_WIDTH, VERTICAL_GAP } from '../layout/card-size';
import { isPersonKind, type NodeKind, type Plan, type PlanNode, type Position } from '../model/types';
import { indexPlan } from '../graph/index-plan';
import { addNode, type NewNodeSpec } from './add-node';
import { connect } from './connect';
import type { IdGenerator } from './ids';
import { findFreeSpot } from './placement';

type Where = 'below' | 'beside';

interface AttachRule {
  readonly where: Where;
  /** Who reports to / is a member of / engages whom: the new card or the selected one first. */
  readonly newFirst: boolean;
}

/** The rule for a new card of kind `added` next to a selected `anchor`, if the article gives one. */
function ruleFor(added: NodeKind, anchor: NodeKind): AttachRule | undefined {
  if (added === 'po' && anchor === 'pm') return { where: 'below', newFirst: true };
  if (added === 'team' && anchor === 'po') return { where: 'below', newFirst: false };
  if (added === 'stakeholder' && isPersonKind(anchor)) return { where: 'beside', newFirst: false };
  return undefined;
}

function spotNear(plan: Plan, anchor: Position, where: Where): Position {
  const wanted =
    where === 'below'
      ? { x: anchor.x, y: anchor.y + NODE_HEIGHT + VERTICAL_GAP }
      : { x: anchor.x + NODE_WIDTH + HORIZONTAL_GAP, y: anchor.y };
  return findFreeSpot(plan, wanted);
}

export interface Attached {
  readonly plan: Plan;
  readonly nodeId: string;
  readonly edgeId: string;
  /** "New PO (PO) reports to Daniel (PM)". */
  readonly message: string;
}

/**
 * The plan with a new card of `spec` placed by `anchorId` and connected to it,
 * or undefined when the kinds call for no line (then the caller places the
 * card as usual). `fallback` is where the card goes when the anchor has no
 * position.
 */
export function addAttached(
  plan: Plan,
  spec: NewNodeSpec,
  anchorId: string,
  fallback: Position,
  newId: IdGenerator,
): Attached | undefined {
  const anchor: PlanNode | undefined = indexPlan(plan).nodeById.get(anchorId);
  if (anchor === undefined) return undefined;
  const rule = ruleFor(spec.kind, anchor.kind);
  if (rule === undefined) return undefined;
  const position =
    anchor.position === undefined ? findFreeSpot(plan, fallback) : spotNear(plan, anchor.position, rule.where);
  const added = addNode(plan, { ...spec, position }, newId);
  const [from, to] = rule.newFirst ? [added.nodeId, anchor.id] : [anchor.id, added.nodeId];
  const joined = connect(added.plan, from, to, newId, 'exact');
  if (!joined.ok) return undefined;
  return { plan: joined.plan, nodeId: added.nodeId, edgeId: joined.edgeId, message: joined.message };
}
