/**
 * Printed pages of a chart: the chart is cut into blocks along its subtrees
 * (page-blocks.ts: never through a card), and the blocks are packed onto
 * pages in reading order, several small ones to a page, each keeping its own
 * layout. Pages name the pages their lines continue on.
 */
import type { Plan } from '../model/types';
import type { DisplayCard, DisplayList } from './display-list';
import { BLOCK_PAD_X, BLOCK_PAD_Y, cutIntoBlocks, type Block } from './page-blocks';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/card-size';

export const PAGE_SIZES = {
  'a4-portrait': { width: 595.28, height: 841.89 },
  'a4-landscape': { width: 841.89, height: 595.28 },
  'letter-portrait': { width: 612, height: 792 },
  'letter-landscape': { width: 792, height: 612 },
} as const;
export type PageSize = keyof typeof PAGE_SIZES;

/** Chart pixels to points: the smallest card text (11 px) prints at 8.25 pt. */
export const PRINT_SCALE = 0.75;
/** Page margin, and the height of the header and footer lines, in points. */
export const PAGE_MARGIN = 24;
export const HEADER = 20;
export const FOOTER = 16;

/** A block placed on a page: its chart region drawn with its top-left corner at (left, top) of the page's chart area, in chart pixels. */
export interface PlacedBlock extends Block {
  readonly left: number;
  readonly top: number;
}

export interface ChartPage {
  readonly blocks: readonly PlacedBlock[];
  /** The cards this page draws (those of its blocks). */
  readonly cards: readonly DisplayCard[];
}

export interface Paging {
  readonly pages: readonly ChartPage[];
  /** Page (index into pages) of each card id. */
  readonly pageOf: ReadonlyMap<string, number>;
}

/** Space between blocks sharing a page, in chart pixels. */
export const BLOCK_GAP = 12;

/** The chart region one page holds at PRINT_SCALE. */
export function pageViewport(size: PageSize): { width: number; height: number } {
  const { width, height } = PAGE_SIZES[size];
  return {
    width: (width - 2 * PAGE_MARGIN) / PRINT_SCALE,
    height: (height - 2 * PAGE_MARGIN - HEADER - FOOTER) / PRINT_SCALE,
  };
}

/**
 * The chart cut into subtree blocks, packed onto pages row by row (shelves) in
 * reading order. Blocks cut to a whole page can leave most of it empty (a wide
 * subtree beside nothing), so the cut is also tried at half a page's width and
 * height, and the paging with the fewest pages wins (the largest blocks on a tie).
 */
export function paginate(plan: Plan, list: DisplayList, size: PageSize): Paging {
  const viewport = pageViewport(size);
  let best: Paging | undefined;
  for (const [w, h] of [
    [1, 1],
    [0.5, 1],
    [1, 0.5],
    [0.5, 0.5],
  ] as const) {
    const fit = {
      width: Math.max(viewport.width * w, NODE_WIDTH + 2 * BLOCK_PAD_X),
      height: Math.max(viewport.height * h, NODE_HEIGHT + 2 * BLOCK_PAD_Y),
    };
    const paging = pack(cutIntoBlocks(plan, list.cards, fit), viewport);
    if (best === undefined || paging.pages.length < best.pages.length) best = paging;
  }
  return best as Paging;
}

/** Pages still open to blocks: a small block may go back a few pages, not further (the reader follows the order). */
const OPEN_PAGES = 6;

interface Shelf {
  readonly y: number;
  height: number;
  x: number;
}

/** First fit on shelves: a block goes on the first row of a recent page with room, else on a new row or page. */
function pack(blocks: readonly Block[], viewport: { width: number; height: number }): Paging {
  const pages: { blocks: PlacedBlock[]; cards: DisplayCard[]; shelves: Shelf[] }[] = [];
  const pageOf = new Map<string, number>();
  const place = (block: Block): [number, Shelf] => {
    for (let p = Math.max(0, pages.length - OPEN_PAGES); p < pages.length; p++) {
      const shelves = (pages[p] as (typeof pages)[number]).shelves;
      for (let i = 0; i < shelves.length; i++) {
        const shelf = shelves[i] as Shelf;
        const last = i === shelves.length - 1;
        const tallEnough = block.height <= shelf.height || (last && shelf.y + block.height <= viewport.height);
        if (shelf.x + block.width <= viewport.width && tallEnough) return [p, shelf];
      }
      const below = shelves.at(-1);
      const y = below === undefined ? 0 : below.y + below.height + BLOCK_GAP;
      if (y + block.height <= viewport.height) {
        const shelf = { y, height: 0, x: 0 };
        shelves.push(shelf);
        return [p, shelf];
      }
    }
    const shelf = { y: 0, height: 0, x: 0 };
    pages.push({ blocks: [], cards: [], shelves: [shelf] });
    return [pages.length - 1, shelf];
  };
  for (const block of blocks) {
    const [index, shelf] = place(block);
    const page = pages[index] as (typeof pages)[number];
    page.blocks.push({ ...block, left: shelf.x, top: shelf.y });
    page.cards.push(...block.cards);
    for (const card of block.cards) pageOf.set(card.id, index);
    shelf.x += block.width + BLOCK_GAP;
    shelf.height = Math.max(shelf.height, block.height);
  }
  return { pages: pages.map(({ blocks: placed, cards }) => ({ blocks: placed, cards })), pageOf };
}

/**
 * For each card id, the other pages its lines lead to: `down` where its
 * reports, teams and stakeholders are, `up` where its manager or owner is.
 */
export function continuations(plan: Plan, paging: Paging): Map<string, { up: Set<number>; down: Set<number> }> {
  const result = new Map<string, { up: Set<number>; down: Set<number> }>();
  const entry = (id: string): { up: Set<number>; down: Set<number> } => {
    let found = result.get(id);
    if (found === undefined) result.set(id, (found = { up: new Set(), down: new Set() }));
    return found;
  };
  for (const edge of plan.edges) {
    // The upper end: the manager of a reports-to or dotted line, the member or engager otherwise.
    const managerFirst = edge.kind === 'reports-to' || edge.kind === 'dotted-line';
    const upper = managerFirst ? edge.target : edge.source;
    const lower = managerFirst ? edge.source : edge.target;
    const upperPage = paging.pageOf.get(upper);
    const lowerPage = paging.pageOf.get(lower);
    if (upperPage === undefined || lowerPage === undefined || upperPage === lowerPage) continue;
    entry(upper).down.add(lowerPage);
    entry(lower).up.add(upperPage);
  }
  return result;
}
