/**
 * Lines as relations between matched nodes: a reporting line moved, a dotted line, a team membership or an
 * engagement added or removed. Edge ids are not compared (two exports rarely agree on them); a line is the
 * same line when its kind and both ends (after matching) are.
 */
import type { EdgeKind, Plan } from '../model/types';
import type { NodeMatch } from './match-nodes';

export interface RelationRef {
  readonly kind: EdgeKind;
  /** Ids in the plan the relation belongs to (before-ids for removed ones, after-ids for added ones). */
  readonly source: string;
  readonly target: string;
}

export interface Move {
  /** The person's id in the after-plan. */
  readonly id: string;
  /** Solid-line managers, as after-plan ids where they exist there; null: reported to nobody. */
  readonly from: string | null;
  readonly to: string | null;
  /** The before-plan id of the old manager when that node is gone from the after-plan. */
  readonly fromRemoved?: string;
}

export interface RelationChanges {
  readonly moved: Move[];
  readonly added: RelationRef[];
  readonly removed: RelationRef[];
}

const SIDE_KINDS: readonly EdgeKind[] = ['dotted-line', 'member-of', 'engages'];

/** The first solid manager of each person (single-manager flags any second one; the diff follows the first). */
function managers(plan: Plan): Map<string, string> {
  const out = new Map<string, string>();
  for (const edge of plan.edges) {
    if (edge.kind === 'reports-to' && !out.has(edge.source)) out.set(edge.source, edge.target);
  }
  return out;
}

function relationKey(kind: EdgeKind, source: string, target: string): string {
  return `${kind}\u0000${source}\u0000${target}`;
}

export function relationChanges(before: Plan, after: Plan, match: NodeMatch): RelationChanges {
  const moved: Move[] = [];
  const beforeManagers = managers(before);
  const afterManagers = managers(after);
  for (const [beforeId, afterId] of match.toAfter) {
    const oldManager = beforeManagers.get(beforeId);
    const oldInAfter = oldManager === undefined ? null : (match.toAfter.get(oldManager) ?? null);
    const newManager = afterManagers.get(afterId) ?? null;
    if (oldManager === undefined && newManager === null) continue;
    if (oldManager !== undefined && oldInAfter !== null && oldInAfter === newManager) continue;
    const removedManager = oldManager !== undefined && oldInAfter === null ? { fromRemoved: oldManager } : {};
    moved.push({ id: afterId, from: oldInAfter, to: newManager, ...removedManager });
  }

  // Side lines of the before-plan, keyed in after-ids where both ends still exist.
  const beforeSide = new Map<string, RelationRef>();
  for (const edge of before.edges) {
    if (!SIDE_KINDS.includes(edge.kind)) continue;
    const source = match.toAfter.get(edge.source);
    const target = match.toAfter.get(edge.target);
    const key =
      source === undefined || target === undefined ? `gone\u0000${edge.id}` : relationKey(edge.kind, source, target);
    beforeSide.set(key, { kind: edge.kind, source: edge.source, target: edge.target });
  }
  const added: RelationRef[] = [];
  const seen = new Set<string>();
  for (const edge of after.edges) {
    if (!SIDE_KINDS.includes(edge.kind)) continue;
    const key = relationKey(edge.kind, edge.source, edge.target);
    seen.add(key);
    // A line to or from a new node is part of that node's arrival: it still shows as added.
    if (!beforeSide.has(key)) added.push({ kind: edge.kind, source: edge.source, target: edge.target });
  }
  const removed: RelationRef[] = [];
  for (const [key, relation] of beforeSide) if (!seen.has(key)) removed.push(relation);
  return { moved, added, removed };
}
