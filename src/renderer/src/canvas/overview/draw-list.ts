/**
 * What one frame of the overview draws: the cards and lines in the viewport, in screen pixels, and which labels
 * fit. Pure (no canvas, no DOM), so culling and the label rules are unit-tested; paint.ts turns it into pixels.
 */
import { cardsIn } from './grid';
import type { Scene, SceneCard, SceneLine } from './scene';

/** React Flow's transform ([x, y, zoom]) and the canvas's size in CSS pixels. */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

/** Cards at least this wide on screen show their name (the issue asks for names wherever cards are ≥ 60 px). */
export const NAME_MIN_WIDTH = 44;
/** ... and at least this tall: room for one line of the smallest name font. */
const NAME_MIN_HEIGHT = 14;
/** Cards at least this tall also show the title, in a second line. */
export const TITLE_MIN_HEIGHT = 34;
/** The name font grows with the card, within these bounds (CSS pixels): never smaller than legible. */
export const NAME_FONT_MIN = 10;
const NAME_FONT_MAX = 13;
const TITLE_FONT_MIN = 9;
/** Room the label leaves on the left (the tone stripe) and right of a card. */
export const LABEL_PAD_LEFT = 6;
export const LABEL_PAD_RIGHT = 4;

export interface DrawCard {
  readonly card: SceneCard;
  /** Screen rectangle, CSS pixels. */
  readonly sx: number;
  readonly sy: number;
  readonly sw: number;
  readonly sh: number;
  readonly showName: boolean;
  readonly showTitle: boolean;
  readonly highlighted: boolean;
  readonly focused: boolean;
}

export interface DrawList {
  readonly viewport: Viewport;
  readonly cards: readonly DrawCard[];
  readonly lines: readonly SceneLine[];
  /** Line ids on the found person's reporting chain. */
  readonly highlightedLines: ReadonlySet<string>;
  readonly nameFont: number;
  readonly titleFont: number;
}

export interface Emphasis {
  /** The search highlight: nodes and lines on the found person's chain. */
  readonly highlight: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> } | null;
  /** The card the keyboard is on, drawn with a ring. */
  readonly focusedId: string | null;
}

const NO_IDS: ReadonlySet<string> = new Set();
/** Screen pixels of margin around the viewport, so a ring or line just outside it is still drawn. */
const MARGIN = 12;

function nameFontFor(cardHeight: number): number {
  return Math.min(NAME_FONT_MAX, Math.max(NAME_FONT_MIN, Math.round(cardHeight * 0.3)));
}

export function buildDrawList(scene: Scene, viewport: Viewport, emphasis: Emphasis): DrawList {
  const { x: tx, y: ty, zoom, width, height } = viewport;
  // The viewport in canvas coordinates.
  const x0 = (-MARGIN - tx) / zoom;
  const y0 = (-MARGIN - ty) / zoom;
  const x1 = (width + MARGIN - tx) / zoom;
  const y1 = (height + MARGIN - ty) / zoom;
  const highlightNodes = emphasis.highlight?.nodes ?? NO_IDS;
  const cards: DrawCard[] = [];
  let tallest = 0;
  for (const i of cardsIn(scene.grid, x0, y0, x1, y1)) {
    const card = scene.cards[i] as SceneCard;
    const sw = card.width * zoom;
    const sh = card.height * zoom;
    tallest = Math.max(tallest, sh);
    const showName = sw >= NAME_MIN_WIDTH && sh >= NAME_MIN_HEIGHT;
    cards.push({
      card,
      sx: card.x * zoom + tx,
      sy: card.y * zoom + ty,
      sw,
      sh,
      showName,
      showTitle: showName && sh >= TITLE_MIN_HEIGHT && card.title !== '',
      highlighted: highlightNodes.has(card.id),
      focused: card.id === emphasis.focusedId,
    });
  }
  const lines = scene.lines.filter((l) => l.maxX >= x0 && l.minX <= x1 && l.maxY >= y0 && l.minY <= y1);
  const nameFont = nameFontFor(tallest);
  return {
    viewport,
    cards,
    lines,
    highlightedLines: emphasis.highlight?.edges ?? NO_IDS,
    nameFont,
    titleFont: Math.max(TITLE_FONT_MIN, nameFont - 2),
  };
}
