/**
 * A uniform spatial grid over the cards, for hit-testing a pointer and culling to the viewport without looking at
 * every card (and without recursion): each card is listed in every cell its box touches.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Canvas pixels per cell: a couple of cards across, so a cell holds a handful of cards in any layout. */
export const CELL = 512;
/** Cell coordinates are shifted by this so the packed key is never negative. */
const OFFSET = 1 << 20;

export interface SpatialGrid {
  readonly boxes: readonly Box[];
  readonly cells: ReadonlyMap<number, readonly number[]>;
  /** The range of occupied cells: queries outside it find nothing. */
  readonly minCx: number;
  readonly minCy: number;
  readonly maxCx: number;
  readonly maxCy: number;
}

const key = (cx: number, cy: number): number => (cx + OFFSET) * 2 * OFFSET + (cy + OFFSET);
const cellOf = (v: number): number => Math.floor(v / CELL);

export function buildGrid(boxes: readonly Box[]): SpatialGrid {
  const cells = new Map<number, number[]>();
  let minCx = Infinity;
  let minCy = Infinity;
  let maxCx = -Infinity;
  let maxCy = -Infinity;
  boxes.forEach((box, i) => {
    const x0 = cellOf(box.x);
    const x1 = cellOf(box.x + box.width);
    const y0 = cellOf(box.y);
    const y1 = cellOf(box.y + box.height);
    minCx = Math.min(minCx, x0);
    minCy = Math.min(minCy, y0);
    maxCx = Math.max(maxCx, x1);
    maxCy = Math.max(maxCy, y1);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const k = key(cx, cy);
        const list = cells.get(k);
        if (list === undefined) cells.set(k, [i]);
        else list.push(i);
      }
  });
  return { boxes, cells, minCx, minCy, maxCx, maxCy };
}

const contains = (box: Box, x: number, y: number): boolean =>
  x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

/** The index of the card under a canvas point (the last drawn, i.e. topmost, when cards overlap), else -1. */
export function hitTest(grid: SpatialGrid, x: number, y: number): number {
  const list = grid.cells.get(key(cellOf(x), cellOf(y)));
  if (list === undefined) return -1;
  let found = -1;
  for (const i of list) if (i > found && contains(grid.boxes[i] as Box, x, y)) found = i;
  return found;
}

const overlaps = (box: Box, x0: number, y0: number, x1: number, y1: number): boolean =>
  box.x <= x1 && box.x + box.width >= x0 && box.y <= y1 && box.y + box.height >= y0;

/** The indexes of the cards overlapping a canvas rectangle, in drawing order. */
export function cardsIn(grid: SpatialGrid, x0: number, y0: number, x1: number, y1: number): number[] {
  const cx0 = Math.max(cellOf(x0), grid.minCx);
  const cx1 = Math.min(cellOf(x1), grid.maxCx);
  const cy0 = Math.max(cellOf(y0), grid.minCy);
  const cy1 = Math.min(cellOf(y1), grid.maxCy);
  const out: number[] = [];
  if (cx0 > cx1 || cy0 > cy1) return out;
  // Most of the plan in view (a fitted org): one pass over the cards beats visiting every cell.
  if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) * 2 > grid.boxes.length) {
    grid.boxes.forEach((box, i) => {
      if (overlaps(box, x0, y0, x1, y1)) out.push(i);
    });
    return out;
  }
  const seen = new Set<number>();
  for (let cx = cx0; cx <= cx1; cx++)
    for (let cy = cy0; cy <= cy1; cy++)
      for (const i of grid.cells.get(key(cx, cy)) ?? [])
        if (!seen.has(i) && overlaps(grid.boxes[i] as Box, x0, y0, x1, y1)) {
          seen.add(i);
          out.push(i);
        }
  return out.sort((a, b) => a - b);
}
