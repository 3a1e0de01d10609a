/**
 * Where a new node goes: at the requested spot if it is free, else at the
 * nearest free cell around it, so repeated palette clicks never stack nodes.
 */
import { HORIZONTAL_GAP, NODE_HEIGHT, NODE_WIDTH, VERTICAL_GAP } from '../layout/tree-layout';
import type { Plan, Position } from '../model/types';

function overlaps(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH + HORIZONTAL_GAP / 2 && Math.abs(a.y - b.y) < NODE_HEIGHT + VERTICAL_GAP / 4;
}

/** The free top-left position nearest to `desired`, searching rings of card-sized cells. */
export function findFreeSpot(plan: Plan, desired: Position, maxRings = 12): Position {
  const taken: Position[] = [];
  for (const node of plan.nodes) if (node.position !== undefined) taken.push(node.position);
  const free = (p: Position): boolean => !taken.some((t) => overlaps(t, p));
  if (free(desired)) return desired;
  const dx = NODE_WIDTH + HORIZONTAL_GAP;
  const dy = NODE_HEIGHT + VERTICAL_GAP / 2;
  for (let ring = 1; ring <= maxRings; ring++) {
    const candidates: Position[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        candidates.push({ x: desired.x + i * dx, y: desired.y + j * dy });
      }
    }
    candidates.sort(
      (a, b) =>
        Math.hypot(a.x - desired.x, a.y - desired.y) - Math.hypot(b.x - desired.x, b.y - desired.y) ||
        a.y - b.y ||
        a.x - b.x,
    );
    const spot = candidates.find(free);
    if (spot !== undefined) return spot;
  }
  return desired;
}
