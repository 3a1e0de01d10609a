/**
 * What an edit changed, found by object identity: edits are immutable
 * updates (edit/), so every node and line they leave alone is the same object
 * in the next plan. Comparing the two arrays from both ends isolates the one
 * stretch an edit touched (a rename, an added node, a removed line), without
 * hashing a single id.
 */
import type { PlanEdge, PlanNode } from '../../model/types';

/** The stretch of `before` that `after` replaced: what was removed and what came in its place. */
export interface Stretch<T> {
  readonly removed: readonly T[];
  readonly added: readonly T[];
}

/**
 * The differing middle of two arrays, after their common start and end; null
 * when it holds more than `limit` items on either side (an edit that big is
 * cheaper to check from scratch).
 */
export function changedStretch<T>(before: readonly T[], after: readonly T[], limit: number): Stretch<T> | null {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  if (endBefore - start > limit || endAfter - start > limit) return null;
  return { removed: before.slice(start, endBefore), added: after.slice(start, endAfter) };
}

/** One node the edit touched: its version before (absent when added) and after (absent when removed). */
export interface NodeChange {
  readonly id: string;
  readonly before: PlanNode | undefined;
  readonly after: PlanNode | undefined;
}

/** Whether two versions of a node differ in anything but their position, which no rule reads. */
function differsBeyondPosition(a: PlanNode, b: PlanNode): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('position');
  for (const key of keys) if (a[key as keyof PlanNode] !== b[key as keyof PlanNode]) return true;
  return false;
}

/**
 * The nodes of a stretch by id, paired before and after; moves (a new object
 * differing only in position) left out. Null when one side names an id twice:
 * duplicate ids are for a full check to sort out.
 */
export function nodeChanges(stretch: Stretch<PlanNode>): NodeChange[] | null {
  const before = new Map<string, PlanNode>();
  for (const node of stretch.removed) {
    if (before.has(node.id)) return null;
    before.set(node.id, node);
  }
  const changes: NodeChange[] = [];
  const seen = new Set<string>();
  for (const node of stretch.added) {
    if (seen.has(node.id)) return null;
    seen.add(node.id);
    const old = before.get(node.id);
    if (old !== undefined && !differsBeyondPosition(old, node)) continue;
    changes.push({ id: node.id, before: old, after: node });
  }
  for (const [id, node] of before) if (!seen.has(id)) changes.push({ id, before: node, after: undefined });
  return changes;
}

/** The ids at either end of the lines that came or went. */
export function lineEnds(stretch: Stretch<PlanEdge>, kind?: PlanEdge['kind']): Set<string> {
  const ends = new Set<string>();
  for (const side of [stretch.removed, stretch.added]) {
    for (const edge of side) {
      if (kind !== undefined && edge.kind !== kind) continue;
      ends.add(edge.source);
      ends.add(edge.target);
    }
  }
  return ends;
}
