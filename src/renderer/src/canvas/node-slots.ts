/**
 * What an edit changed about the plan's nodes, for the canvas derivers (derive.ts, derive-edges.ts): edits are
 * immutable updates, so a node the edit left alone is the same object in the next plan, and a rename or a change
 * of role replaces one object in its slot and keeps its position object. Walking the two arrays side by side (a
 * pointer comparison per node) then finds the cards to rebuild without looking anything up.
 */
import type { PlanNode } from '@shared/model/types';

/**
 * The slots of `after` whose node object is not the one `before` had there, when both arrays hold the same ids
 * in the same order and every node kept its position object (so no card moved and the reading order holds).
 * Null otherwise (a move, an added or removed node), or when more than `limit` slots changed: the derivers then
 * derive every card, as they do for those edits.
 */
export function changedSlots(before: readonly PlanNode[], after: readonly PlanNode[], limit: number): number[] | null {
  if (before === after) return [];
  if (before.length !== after.length) return null;
  const slots: number[] = [];
  for (let i = 0; i < after.length; i++) {
    const a = before[i] as PlanNode;
    const b = after[i] as PlanNode;
    if (a === b) continue;
    if (a.id !== b.id || a.position !== b.position || slots.length === limit) return null;
    slots.push(i);
  }
  return slots;
}

/** How many changed cards or lines a patch handles before a full derive is the simpler way (both are correct). */
export function patchLimit(count: number): number {
  return Math.max(64, count >> 4);
}

/** The ids in exactly one of two sets: the cards or lines whose selected flag an edit or a click changed. */
export function toggledIds(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  if (before === after) return [];
  const ids: string[] = [];
  for (const id of after) if (!before.has(id)) ids.push(id);
  for (const id of before) if (!after.has(id)) ids.push(id);
  return ids;
}
