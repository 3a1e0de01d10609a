/**
 * Cutting a chart into blocks that each fit one printed page, along the org's
 * own structure: a block is a whole subtree when it fits, otherwise a manager
 * with as many of its subtrees as fit beside it, and the rest are cut the same
 * way. Neighbouring small subtrees (siblings, or unconnected cards) share a
 * block when their joint box fits. A card is never cut: a single card always
 * fits a page. Iterative throughout (no recursion over the org).
 */
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/card-size';
import type { EdgeKind, Plan } from '../model/types';
import type { DisplayCard } from './display-list';

/** Room around a block's cards, in chart pixels: above and below for the "from p." and "continues on p." lines. */
export const BLOCK_PAD_X = 4;
export const BLOCK_PAD_Y = 16;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Some cards, whole, and the chart region (padded) they sit in. */
export interface Block extends Box {
  readonly cards: readonly DisplayCard[];
  /** The top card of each subtree in the block, for the page index. */
  readonly heads: readonly DisplayCard[];
}

/** Which line makes a card "belong under" another, strongest first. */
const PARENT_RANK: Readonly<Record<EdgeKind, number>> = {
  'reports-to': 0,
  'member-of': 1,
  engages: 2,
  'dotted-line': 3,
};

interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const cardExtent = (card: DisplayCard): Extent => ({
  minX: card.x,
  minY: card.y,
  maxX: card.x + NODE_WIDTH,
  maxY: card.y + NODE_HEIGHT,
});
const union = (a: Extent, b: Extent): Extent => ({
  minX: Math.min(a.minX, b.minX),
  minY: Math.min(a.minY, b.minY),
  maxX: Math.max(a.maxX, b.maxX),
  maxY: Math.max(a.maxY, b.maxY),
});

/**
 * Each card's parent: the upper end of its strongest line (its manager, the PO of a team, the engager of a
 * stakeholder); between lines of one kind, the nearest card (a team's PO beside it, not a Scrum Master far off).
 */
function parentsOf(plan: Plan, byId: ReadonlyMap<string, DisplayCard>): Map<string, string> {
  const best = new Map<string, { parent: string; rank: number; distance: number }>();
  for (const edge of plan.edges) {
    const managerFirst = edge.kind === 'reports-to' || edge.kind === 'dotted-line';
    const upper = managerFirst ? edge.target : edge.source;
    const lower = managerFirst ? edge.source : edge.target;
    const from = byId.get(upper);
    const to = byId.get(lower);
    if (upper === lower || from === undefined || to === undefined) continue;
    const rank = PARENT_RANK[edge.kind];
    const distance = Math.hypot(from.x - to.x, from.y - to.y);
    const seen = best.get(lower);
    if (seen === undefined || rank < seen.rank || (rank === seen.rank && distance < seen.distance))
      best.set(lower, { parent: upper, rank, distance });
  }
  return new Map([...best].map(([id, { parent }]) => [id, parent]));
}

const readingOrder = (a: DisplayCard, b: DisplayCard): number => a.y - b.y || a.x - b.x;

/** The forest the blocks are cut from: children in reading order, and every subtree's extent and cards. */
function forest(plan: Plan, cards: readonly DisplayCard[]) {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const parents = parentsOf(plan, byId);
  const childrenOf = new Map<string, string[]>();
  const sorted = [...cards].sort(readingOrder);
  for (const card of sorted) {
    const parent = parents.get(card.id);
    if (parent === undefined) continue;
    const list = childrenOf.get(parent);
    if (list === undefined) childrenOf.set(parent, [card.id]);
    else list.push(card.id);
  }
  // Pre-order from the roots; cards on a cycle of lines (no root above them) start trees of their own.
  const treeChildren = new Map<string, string[]>();
  const order: string[] = [];
  const visited = new Set<string>();
  const roots: string[] = [];
  const starts = [...sorted.filter((c) => !parents.has(c.id)), ...sorted.filter((c) => parents.has(c.id))];
  for (const start of starts) {
    if (visited.has(start.id)) continue;
    roots.push(start.id);
    visited.add(start.id);
    const stack = [start.id];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      order.push(id);
      const kids = (childrenOf.get(id) ?? []).filter((kid) => !visited.has(kid));
      for (const kid of kids) visited.add(kid);
      treeChildren.set(id, kids);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as string);
    }
  }
  // Subtree extents, children before parents (reverse pre-order).
  const extent = new Map<string, Extent>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as string;
    let box = cardExtent(byId.get(id) as DisplayCard);
    for (const kid of treeChildren.get(id) ?? []) box = union(box, extent.get(kid) as Extent);
    extent.set(id, box);
  }
  const subtreeCards = (root: string): DisplayCard[] => {
    const result: DisplayCard[] = [];
    const stack = [root];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      result.push(byId.get(id) as DisplayCard);
      const kids = treeChildren.get(id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as string);
    }
    return result;
  };
  return { byId, roots, treeChildren, extent, subtreeCards };
}

/** Cuts the cards into blocks no larger than `fit` (chart pixels, padding included), in reading order. */
export function cutIntoBlocks(
  plan: Plan,
  cards: readonly DisplayCard[],
  fit: { width: number; height: number },
): Block[] {
  const { byId, roots, treeChildren, extent, subtreeCards } = forest(plan, cards);
  const fits = (e: Extent): boolean =>
    e.maxX - e.minX + 2 * BLOCK_PAD_X <= fit.width && e.maxY - e.minY + 2 * BLOCK_PAD_Y <= fit.height;
  const blocks: Block[] = [];
  const emit = (e: Extent, members: DisplayCard[], heads: DisplayCard[]): void => {
    blocks.push({
      x: e.minX - BLOCK_PAD_X,
      y: e.minY - BLOCK_PAD_Y,
      width: e.maxX - e.minX + 2 * BLOCK_PAD_X,
      height: e.maxY - e.minY + 2 * BLOCK_PAD_Y,
      cards: members,
      heads,
    });
  };
  // Work: lists of sibling subtrees still to place, the next one on top.
  const work: string[][] = [roots];
  while (work.length > 0) {
    const siblings = work.pop() as string[];
    let group: { e: Extent; cards: DisplayCard[]; heads: DisplayCard[] } | undefined;
    for (let i = 0; i < siblings.length; i++) {
      const id = siblings[i] as string;
      const own = extent.get(id) as Extent;
      if (fits(own)) {
        const joined = group === undefined ? own : union(group.e, own);
        if (group !== undefined && fits(joined)) {
          group.cards.push(...subtreeCards(id));
          group.heads.push(byId.get(id) as DisplayCard);
          group = { ...group, e: joined };
        } else {
          if (group !== undefined) emit(group.e, group.cards, group.heads);
          group = { e: own, cards: subtreeCards(id), heads: [byId.get(id) as DisplayCard] };
        }
        continue;
      }
      // Too big for a page: the card with the subtrees that fit beside it, the others cut in turn.
      if (group !== undefined) emit(group.e, group.cards, group.heads);
      group = undefined;
      let e = cardExtent(byId.get(id) as DisplayCard);
      const members = [byId.get(id) as DisplayCard];
      const deferred: string[] = [];
      for (const kid of treeChildren.get(id) ?? []) {
        const joined = union(e, extent.get(kid) as Extent);
        if (fits(joined)) {
          e = joined;
          members.push(...subtreeCards(kid));
        } else deferred.push(kid);
      }
      emit(e, members, [members[0] as DisplayCard]);
      // The rest of these siblings after this card's own subtrees.
      work.push(siblings.slice(i + 1), deferred);
      break;
    }
    if (group !== undefined) emit(group.e, group.cards, group.heads);
  }
  return blocks;
}
