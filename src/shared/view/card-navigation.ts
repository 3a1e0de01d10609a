/**
 * Moving through the chart with the keyboard: the card an arrow key goes to
 * from another, and the order Tab visits cards in (top-down, then
 * left-right, as the chart reads). Pure geometry over card boxes.
 */

export interface CardBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** How much a step sideways costs against a step in the arrow's direction: the card straight ahead wins. */
const SIDEWAYS_WEIGHT = 3;

/**
 * The card nearest to `fromId` in `direction`, judged between centres: only
 * cards whose centre lies beyond it that way count, and among them the one
 * straight ahead before one off to the side. Undefined when none lies that way.
 */
export function nearestCard(cards: readonly CardBox[], fromId: string, direction: Direction): string | undefined {
  const from = cards.find((card) => card.id === fromId);
  if (from === undefined) return undefined;
  const fx = from.x + from.width / 2;
  const fy = from.y + from.height / 2;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const card of cards) {
    if (card.id === fromId) continue;
    const dx = card.x + card.width / 2 - fx;
    const dy = card.y + card.height / 2 - fy;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= 0) continue;
    const score = ahead + SIDEWAYS_WEIGHT * aside;
    if (score < bestScore) {
      bestScore = score;
      best = card.id;
    }
  }
  return best;
}

/** The row band a card's centre falls in: cards whose centres are less than a band apart read as one row. */
function rowOf(box: { y: number; height: number }, band: number): number {
  return Math.floor((box.y + box.height / 2) / band);
}

/**
 * `items` in reading order: by row (centres within `band` of each other share
 * a row), then left to right; ties keep their order. A new array.
 */
export function chartOrder<T>(items: readonly T[], boxOf: (item: T) => Omit<CardBox, 'id'>, band: number): T[] {
  const keyed = items.map((item, order) => {
    const box = boxOf(item);
    return { item, row: rowOf(box, band), x: box.x, order };
  });
  keyed.sort((a, b) => a.row - b.row || a.x - b.x || a.order - b.order);
  return keyed.map((entry) => entry.item);
}
