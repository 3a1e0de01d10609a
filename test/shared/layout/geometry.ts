/** Geometry checks on laid-out plans, shared by the layout, CSV and example tests. */
import { NODE_HEIGHT, NODE_WIDTH } from '@shared/layout/tree-layout';
import type { Plan, Position } from '@shared/model/types';

/** Pairs of node ids whose cards (NODE_WIDTH x NODE_HEIGHT at their top-left position) overlap. */
export function overlappingCards(positions: ReadonlyMap<string, Position>): [string, string][] {
  // Sweep by x: only cards starting less than a card width to the right can overlap.
  const cards = [...positions].sort((a, b) => a[1].x - b[1].x);
  const overlaps: [string, string][] = [];
  for (let i = 0; i < cards.length; i++) {
    const [idA, a] = cards[i]!;
    for (let j = i + 1; j < cards.length; j++) {
      const [idB, b] = cards[j]!;
      if (b.x >= a.x + NODE_WIDTH) break;
      if (Math.abs(a.y - b.y) < NODE_HEIGHT) overlaps.push([idA, idB]);
    }
  }
  return overlaps;
}

export function positionsOf(plan: Plan): Map<string, Position> {
  const positions = new Map<string, Position>();
  for (const node of plan.nodes) if (node.position !== undefined) positions.set(node.id, node.position);
  return positions;
}

/** `reports-to` edges whose manager is not strictly above the report. */
export function managersNotAbove(plan: Plan, positions: ReadonlyMap<string, Position>): string[] {
  return plan.edges
    .filter((edge) => edge.kind === 'reports-to')
    .filter((edge) => !(positions.get(edge.target)!.y < positions.get(edge.source)!.y))
    .map((edge) => edge.id);
}
