/**
 * Fit view that keeps the cards out from under a box in the canvas's bottom-right corner (the minimap). A plain fit
 * centres the chart with a padding; when a card would land under the box, the chart is fitted instead into the
 * room above the box or the room left of it, whichever shows it larger. Pure, so it is tested without a canvas.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface FitInput {
  /** The cards shown, in flow coordinates. */
  readonly cards: readonly Rect[];
  /** The canvas size in screen pixels. */
  readonly width: number;
  readonly height: number;
  readonly minZoom: number;
  readonly maxZoom: number;
  /** As React Flow's fitView padding: 0.12 leaves about 6% of the canvas on each side. */
  readonly padding: number;
  /** A box of this size at the canvas's bottom-right corner that no card may be under (screen pixels). */
  readonly corner?: { readonly width: number; readonly height: number } | undefined;
}

/** Space kept between the chart and the corner box. */
const CORNER_GAP = 8;

interface Area {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function boundsOf(cards: readonly Rect[]): Rect {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const card of cards) {
    minX = Math.min(minX, card.x);
    minY = Math.min(minY, card.y);
    maxX = Math.max(maxX, card.x + card.width);
    maxY = Math.max(maxY, card.y + card.height);
  }
  return { x: minX, y: minY, width: Math.max(maxX - minX, 1), height: Math.max(maxY - minY, 1) };
}

function fitInto(bounds: Rect, area: Area, minZoom: number, maxZoom: number): Viewport {
  const fitted = Math.min((area.right - area.left) / bounds.width, (area.bottom - area.top) / bounds.height);
  const zoom = Math.min(Math.max(fitted, minZoom), maxZoom);
  return {
    x: (area.left + area.right) / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: (area.top + area.bottom) / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}

/** Whether any card, seen through the viewport, reaches into the corner box. */
export function coversCorner(input: FitInput, view: Viewport): boolean {
  const corner = input.corner;
  if (corner === undefined) return false;
  const left = input.width - corner.width;
  const top = input.height - corner.height;
  return input.cards.some(
    (card) => (card.x + card.width) * view.zoom + view.x > left && (card.y + card.height) * view.zoom + view.y > top,
  );
}

/** The fitted viewport, or undefined with no cards. */
export function fitViewport(input: FitInput): Viewport | undefined {
  if (input.cards.length === 0) return undefined;
  const { width, height, minZoom, maxZoom, corner } = input;
  const bounds = boundsOf(input.cards);
  // React Flow's padding: the chart fills 1 / (1 + padding) of each side.
  const padX = (width - width / (1 + input.padding)) / 2;
  const padY = (height - height / (1 + input.padding)) / 2;
  const plain = fitInto(
    bounds,
    { left: padX, top: padY, right: width - padX, bottom: height - padY },
    minZoom,
    maxZoom,
  );
  if (corner === undefined || !coversCorner(input, plain)) return plain;
  const above: Area = {
    left: padX,
    top: padY,
    right: width - padX,
    bottom: Math.min(height - padY, height - corner.height - CORNER_GAP),
  };
  const beside: Area = {
    ...above,
    right: Math.min(width - padX, width - corner.width - CORNER_GAP),
    bottom: height - padY,
  };
  const candidates = [above, beside]
    .filter((area) => area.right > area.left && area.bottom > area.top)
    .map((area) => fitInto(bounds, area, minZoom, maxZoom));
  const clear = candidates.filter((view) => !coversCorner(input, view));
  const pool = clear.length > 0 ? clear : candidates;
  return pool.reduce<Viewport>((best, view) => (view.zoom > best.zoom ? view : best), pool[0] ?? plain);
}

/** Whether two viewports show the same (a pixel apart at most): the view is still as a fit left it. */
export function sameViewport(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1 && Math.abs(a.zoom / b.zoom - 1) <= 0.002;
}
