/**
 * What an export draws, as plain shapes in chart pixels: a title, the lines
 * (routed round the cards, route.ts), the cards with their text, optional
 * problem markers and a legend of the kinds that appear. The SVG writer and
 * the PDF pages both draw from this one list, so every format shows the same
 * chart. No collapse chevrons, selection or hover: an export shows the plan.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/card-size';
import { routeEdges } from '../layout/route';
import { layoutPlan } from '../layout/tree-layout';
import type { EdgeKind, Plan, PlanNode, Position, Severity } from '../model/types';
import { ENGAGES_EXTERNAL, INK, LINE_STYLES, PAPER, cardTone, type LineStyle } from './palette';
import { cardItems } from './card-items';
import { cardFieldLines } from '../view/card-fields';
import { fitText, textWidth } from './text-fit';

export type DisplayItem =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly radius: number;
      readonly fill: string;
      readonly stroke?: string;
      readonly strokeWidth?: number;
      readonly dash?: string;
    }
  /** `y` is the baseline. */
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly bold: boolean;
      readonly fill: string;
      readonly anchor: 'start' | 'middle';
      /** What the text is, for readers of the SVG (and tests): a card's name, its title... */
      readonly role?: 'name' | 'name-2';
    }
  | {
      readonly kind: 'line';
      readonly points: readonly Position[];
      readonly stroke: string;
      readonly width: number;
      readonly dash?: string;
    }
  | { readonly kind: 'polygon'; readonly points: readonly Position[]; readonly fill: string };

/** A card's box in display coordinates, for paging and for tests. */
export interface DisplayCard {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** Its shapes are items[firstItem .. firstItem + itemCount). */
  readonly firstItem: number;
  readonly itemCount: number;
}

export interface DisplayList {
  readonly width: number;
  readonly height: number;
  readonly items: readonly DisplayItem[];
  readonly cards: readonly DisplayCard[];
}

export interface DisplayOptions {
  /** Defaults to the plan's name. */
  readonly title?: string;
  /** Worst problem per node id, drawn as a marker on the card. */
  readonly problems?: ReadonlyMap<string, Severity>;
  /** Draw the title, the legend, a white background (each defaults to true). */
  readonly showTitle?: boolean;
  readonly showLegend?: boolean;
  readonly background?: boolean;
  /** People folded into a card (a collapsed subtree exported as shown), by node id: drawn as a stack with the count. */
  readonly folded?: ReadonlyMap<string, number>;
}

export const MARGIN = 32;
const TITLE_HEIGHT = 44;
const LEGEND_HEIGHT = 40;
const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4.5;

function lineStyleOf(kind: EdgeKind, target: PlanNode | undefined): LineStyle {
  return kind === 'engages' && target?.scope === 'external' ? ENGAGES_EXTERNAL : LINE_STYLES[kind];
}

/** A filled triangle whose tip is the route's last point, pointing along its last segment. */
function arrowHead(points: readonly Position[]): Position[] | undefined {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (tip === undefined || from === undefined) return undefined;
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length === 0) return undefined;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const bx = tip.x - ux * ARROW_LENGTH;
  const by = tip.y - uy * ARROW_LENGTH;
  return [
    tip,
    { x: bx - uy * ARROW_HALF_WIDTH, y: by + ux * ARROW_HALF_WIDTH },
    { x: bx + uy * ARROW_HALF_WIDTH, y: by - ux * ARROW_HALF_WIDTH },
  ];
}

function legendItems(
  styles: readonly LineStyle[],
  tones: readonly { label: string; stroke: string; fill: string }[],
  y: number,
): [DisplayItem[], number] {
  const items: DisplayItem[] = [];
  let x = MARGIN;
  const baseline = y + 16;
  for (const style of styles) {
    items.push({
      kind: 'line',
      points: [
        { x, y: baseline - 4 },
        { x: x + 28, y: baseline - 4 },
      ],
      stroke: style.stroke,
      width: 2,
      ...(style.dash !== undefined ? { dash: style.dash } : {}),
    });
    items.push({
      kind: 'text',
      x: x + 34,
      y: baseline,
      text: style.label,
      size: 12,
      bold: false,
      fill: INK,
      anchor: 'start',
    });
    x += 34 + textWidth(style.label, 12, false) + 20;
  }
  for (const tone of tones) {
    items.push({
      kind: 'rect',
      x,
      y: baseline - 11,
      width: 12,
      height: 12,
      radius: 3,
      fill: tone.fill,
      stroke: tone.stroke,
      strokeWidth: 1.5,
    });
    items.push({
      kind: 'text',
      x: x + 18,
      y: baseline,
      text: tone.label,
      size: 12,
      bold: false,
      fill: INK,
      anchor: 'start',
    });
    x += 18 + textWidth(tone.label, 12, false) + 20;
  }
  return [items, x - 20 + MARGIN];
}

/** The display list of a plan; nodes without a position are laid out around the ones that have one. */
export function buildDisplayList(input: Plan, options: DisplayOptions = {}): DisplayList {
  const plan = input.nodes.every((n) => n.position !== undefined) ? input : layoutPlan(input, { onlyMissing: true });
  const nodeById = new Map<string, PlanNode>();
  for (const node of plan.nodes) if (!nodeById.has(node.id)) nodeById.set(node.id, node);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodeById.values()) {
    const p = node.position as Position;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + NODE_WIDTH);
    maxY = Math.max(maxY, p.y + NODE_HEIGHT);
  }
  if (nodeById.size === 0) [minX, minY, maxX, maxY] = [0, 0, 0, 0];
  const dx = MARGIN - minX;
  const showTitle = options.showTitle ?? true;
  const showLegend = options.showLegend ?? true;
  const background = options.background ?? true;
  const titleHeight = showTitle ? TITLE_HEIGHT : 0;
  const dy = MARGIN + titleHeight - minY;
  const shift = (p: Position): Position => ({ x: p.x + dx, y: p.y + dy });

  const targetOf = new Map(plan.edges.map((e) => [e.id, e.target]));
  const lines: DisplayItem[] = [];
  const usedStyles = new Set<LineStyle>();
  for (const route of routeEdges(plan)) {
    const target = targetOf.get(route.edgeId);
    const style = lineStyleOf(route.kind, target === undefined ? undefined : nodeById.get(target));
    usedStyles.add(style);
    const points = route.points.map(shift);
    lines.push({
      kind: 'line',
      points,
      stroke: style.stroke,
      width: style.width,
      ...(style.dash !== undefined ? { dash: style.dash } : {}),
    });
    const head = arrowHead(points);
    if (head !== undefined) lines.push({ kind: 'polygon', points: head, fill: style.stroke });
  }
  const cards: DisplayCard[] = [];
  const cardShapes: DisplayItem[] = [];
  const usedTones = new Map<string, { label: string; stroke: string; fill: string }>();
  for (const node of nodeById.values()) {
    const at = shift(node.position as Position);
    const fields = cardFieldLines(node, input.layout?.cardFields);
    const shapes = cardItems(node, at, options.problems?.get(node.id), options.folded?.get(node.id), fields);
    // Items are the background, the title, the lines, then the cards (below).
    const firstItem = (background ? 1 : 0) + (showTitle ? 1 : 0) + lines.length + cardShapes.length;
    cards.push({ id: node.id, name: node.name, x: at.x, y: at.y, firstItem, itemCount: shapes.length });
    cardShapes.push(...shapes);
    const tone = cardTone(node.kind, node.scope);
    usedTones.set(tone.label, tone);
  }
  const chartBottom = maxY - minY + MARGIN + titleHeight;
  const ordered = [...Object.values(LINE_STYLES), ENGAGES_EXTERNAL].filter((s) => usedStyles.has(s));
  const [legend, legendWidth] = showLegend ? legendItems(ordered, [...usedTones.values()], chartBottom + 12) : [[], 0];
  const width = Math.ceil(Math.max(maxX - minX + 2 * MARGIN, legendWidth));
  const height = Math.ceil(chartBottom + (showLegend ? LEGEND_HEIGHT + MARGIN / 2 : MARGIN));
  const title = options.title ?? plan.name ?? 'Org plan';
  const items: DisplayItem[] = [
    ...(background ? [{ kind: 'rect', x: 0, y: 0, width, height, radius: 0, fill: PAPER } as const] : []),
    ...(showTitle
      ? [
          {
            kind: 'text',
            x: MARGIN,
            y: MARGIN + 20,
            text: fitText(title, width - 2 * MARGIN, 20, true),
            size: 20,
            bold: true,
            fill: INK,
            anchor: 'start',
          } as const,
        ]
      : []),
    ...lines,
    ...cardShapes,
    ...legend,
  ];
  return { width, height, items, cards };
}
