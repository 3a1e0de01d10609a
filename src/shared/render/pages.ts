/**
 * Cutting a chart into printed pages without cutting a card: the chart is
 * divided into tiles, each card belongs to the tile holding its top-left
 * corner, and a page shows its tile plus one card's width and height more,
 * so its cards are always whole. Cards of other tiles are left off a page
 * (their own page draws them), so no card is ever half on a page. Tiles
 * without cards get no page. Pages name the pages their lines continue on.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/card-size';
import type { Plan } from '../model/types';
import type { DisplayCard, DisplayList } from './display-list';

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
export const PAGE_MARGIN = 28;
export const HEADER = 20;
export const FOOTER = 16;

export interface ChartPage {
  /** Chart region the page shows, in display-list pixels. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The cards this page draws. */
  readonly cards: readonly DisplayCard[];
}

export interface Paging {
  readonly pages: readonly ChartPage[];
  /** Page (index into pages) of each card id. */
  readonly pageOf: ReadonlyMap<string, number>;
}

/** The chart region one page holds at PRINT_SCALE. */
export function pageViewport(size: PageSize): { width: number; height: number } {
  const { width, height } = PAGE_SIZES[size];
  return {
    width: (width - 2 * PAGE_MARGIN) / PRINT_SCALE,
    height: (height - 2 * PAGE_MARGIN - HEADER - FOOTER) / PRINT_SCALE,
  };
}

export function paginate(list: DisplayList, size: PageSize): Paging {
  const viewport = pageViewport(size);
  const stepX = viewport.width - NODE_WIDTH;
  const stepY = viewport.height - NODE_HEIGHT;
  const tiles = new Map<string, DisplayCard[]>();
  for (const card of list.cards) {
    const key = `${Math.floor(card.x / stepX)},${Math.floor(card.y / stepY)}`;
    const tile = tiles.get(key);
    if (tile === undefined) tiles.set(key, [card]);
    else tile.push(card);
  }
  // Reading order: rows of tiles top to bottom, each left to right.
  const keys = [...tiles.keys()]
    .map((key) => key.split(',').map(Number) as [number, number])
    .sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const pages: ChartPage[] = [];
  const pageOf = new Map<string, number>();
  for (const [tx, ty] of keys) {
    const cards = tiles.get(`${tx},${ty}`) as DisplayCard[];
    for (const card of cards) pageOf.set(card.id, pages.length);
    pages.push({ x: tx * stepX, y: ty * stepY, width: viewport.width, height: viewport.height, cards });
  }
  return { pages, pageOf };
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
