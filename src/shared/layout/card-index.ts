/**
 * Which cards a line segment passes through, fast: cards are bucketed in a
 * uniform grid, so a segment only looks at the cards in the cells it covers.
 * "Passes through" means through the inside of the card; running along its
 * edge or ending on it does not count.
 */
import type { Position } from '../model/types';
import { NODE_HEIGHT, NODE_WIDTH } from './card-size';

const CELL = 256;
/** Lines ending on a card's edge touch it; only this far inside counts as crossing. */
const INSIDE = 0.5;

export interface CardIndex {
  /** Indexes (into the positions given) of the cards the segment a-b passes through, ignoring `except`. */
  crossings(a: Position, b: Position, except?: ReadonlySet<number>): number[];
  /** How many cards the segment a-b passes through, counting no further than `limit`; allocates nothing. */
  countCrossings(a: Position, b: Position, limit: number): number;
}

// One number per cell: grid coordinates stay far below 2^20 for any canvas a plan can hold.
const key = (cx: number, cy: number): number => (cx + 0x100000) * 0x200000 + (cy + 0x100000);

/** Does segment a-b pass through the open rectangle (Liang-Barsky clipping)? */
function segmentEntersBox(a: Position, b: Position, box: Position): boolean {
  const left = box.x + INSIDE;
  const right = box.x + NODE_WIDTH - INSIDE;
  const top = box.y + INSIDE;
  const bottom = box.y + NODE_HEIGHT - INSIDE;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 < t1;
  };
  return clip(-dx, a.x - left) && clip(dx, right - a.x) && clip(-dy, a.y - top) && clip(dy, bottom - a.y);
}

export function buildCardIndex(cards: readonly Position[]): CardIndex {
  const cells = new Map<number, number[]>();
  cards.forEach((card, i) => {
    for (let cx = Math.floor(card.x / CELL); cx <= Math.floor((card.x + NODE_WIDTH) / CELL); cx++) {
      for (let cy = Math.floor(card.y / CELL); cy <= Math.floor((card.y + NODE_HEIGHT) / CELL); cy++) {
        const list = cells.get(key(cx, cy));
        if (list === undefined) cells.set(key(cx, cy), [i]);
        else list.push(i);
      }
    }
  });
  // A card spanning two cells is met twice by one segment: a stamp per card and query counts it once.
  const seen = new Uint32Array(cards.length);
  let query = 0;
  return {
    countCrossings(a, b, limit) {
      query++;
      let count = 0;
      const x0 = Math.floor(Math.min(a.x, b.x) / CELL);
      const x1 = Math.floor(Math.max(a.x, b.x) / CELL);
      const y0 = Math.floor(Math.min(a.y, b.y) / CELL);
      const y1 = Math.floor(Math.max(a.y, b.y) / CELL);
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const list = cells.get(key(cx, cy));
          if (list === undefined) continue;
          for (const i of list) {
            if (seen[i] === query) continue;
            seen[i] = query;
            if (segmentEntersBox(a, b, cards[i] as Position) && ++count >= limit) return count;
          }
        }
      }
      return count;
    },
    crossings(a, b, except) {
      const found = new Set<number>();
      const x0 = Math.floor(Math.min(a.x, b.x) / CELL);
      const x1 = Math.floor(Math.max(a.x, b.x) / CELL);
      const y0 = Math.floor(Math.min(a.y, b.y) / CELL);
      const y1 = Math.floor(Math.max(a.y, b.y) / CELL);
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          for (const i of cells.get(key(cx, cy)) ?? []) {
            if (found.has(i) || except?.has(i) === true) continue;
            if (segmentEntersBox(a, b, cards[i] as Position)) found.add(i);
          }
        }
      }
      return [...found];
    },
  };
}
