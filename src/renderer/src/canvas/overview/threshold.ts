/**
 * When the canvas shows the whole-org overview (one <canvas> layer) instead of React Flow's cards.
 *
 * By the width a card has on screen: below ENTER_CARD_PX the rich cards' text is 14 px × zoom ≈ 6 px, unreadable,
 * and a 1,440 × 900 window holds several hundred of them, which the DOM cannot pan at 60 fps; the overview draws
 * each card as a box with its name in a fixed, legible font instead. Leaving it needs a wider card (LEAVE_CARD_PX):
 * the hysteresis keeps a zoom that hovers near the line from flipping between the two on every wheel tick.
 *
 * By the plan's size: plans of fewer than MIN_OVERVIEW_CARDS visible cards never switch (the article's example, the
 * e2e screenshots); they keep React Flow's cards at every zoom, with the CSS semantic zoom below 25% (nodes.css).
 * The same size above which React Flow renders only the cards in view.
 */
import { NODE_WIDTH } from '@shared/layout/card-size';

/** Cards narrower than this on screen → overview (zoom 100 / 220 ≈ 0.45). */
const ENTER_CARD_PX = 100;
/** Cards wider than this on screen → React Flow's cards again (zoom 120 / 220 ≈ 0.55). */
const LEAVE_CARD_PX = 120;
/** Plans with fewer visible cards keep React Flow's cards at every zoom. */
export const MIN_OVERVIEW_CARDS = 300;

/** Whether the overview is shown at `zoom`, given whether it was shown before (the hysteresis). */
export function overviewShown(wasShown: boolean, zoom: number, cardCount: number): boolean {
  if (cardCount < MIN_OVERVIEW_CARDS) return false;
  const cardPx = NODE_WIDTH * zoom;
  return wasShown ? cardPx < LEAVE_CARD_PX : cardPx < ENTER_CARD_PX;
}
