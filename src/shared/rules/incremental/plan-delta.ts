/**
 * What an edit changed, found by object identity: edits are immutable
 * updates (edit/), so every node and line they leave alone is the same object
 * in the next plan. Walking the two arrays side by side finds what an edit
 * touched (a rename, an added node, a removed line) without hashing a single id.
 */
import type { PlanEdge, PlanNode } from '../../model/types';

/** What `after` no longer holds of `before`, and what it holds that `before` did not. */
export interface Stretch<T> {
  readonly removed: readonly T[];
  readonly added: readonly T[];
}

/** How far ahead a walk looks to tell an inserted item from a removed one. */
const LOOKAHEAD = 8;

/**
 * What `after` removed from `before` and added to it, found by walking both
 * in step and, where they part, looking a few items ahead for where they meet
 * again (edits remove and insert, they do not reorder: a moved manager line is
 * removed in the middle and added at the end). Items that do not meet again
 * count as replaced. Null past `limit` items on either side: an edit that big
 * is cheaper to check from scratch.
 */
export function changedStretch<T>(before: readonly T[], after: readonly T[], limit: number): Stretch<T> | null {
  const removed: T[] = [];
  const added: T[] = [];
  let a = 0;
  let b = 0;
  while (a < before.length && b < after.length) {
    if (before[a] === after[b]) {
      a++;
      b++;
      continue;
    }
    let k = 1;
    while (k <= LOOKAHEAD && after[b + k] !== before[a] && before[a + k] !== after[b]) k++;
    if (k > LOOKAHEAD) {
      removed.push(before[a++] as T);
      added.push(after[b++] as T);
    } else if (after[b + k] === before[a]) {
      for (const end = b + k; b < end;) added.push(after[b++] as T);
    } else {
      for (const end = a + k; a < end;) removed.push(before[a++] as T);
    }
    if (removed.length > limit || added.length > limit) return null;
  }
  if (before.length - a + removed.length > limit || after.length - b + added.length > limit) return null;
  while (a < before.length) removed.push(before[a++] as T);
  while (b < after.length) added.push(after[b++] as T);
  return { removed, added };
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

/** The ids at either end of the lines that came or went (of one kind, when given). */
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

/**
 * The sources of the reports-to lines that came or went: the lowest node
 * whose chain upward changed (its manager's own chain did not).
 */
export function reportingSources(stretch: Stretch<PlanEdge>): Set<string> {
  const sources = new Set<string>();
  for (const side of [stretch.removed, stretch.added]) {
    for (const edge of side) if (edge.kind === 'reports-to') sources.add(edge.source);
  }
  return sources;
}
