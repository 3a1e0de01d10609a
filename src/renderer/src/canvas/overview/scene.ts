/**
 * The overview's scene: every card and line the canvas would show, as flat records in canvas coordinates, built
 * in one pass from the derived React Flow elements (so collapsed managers, selection, markers and routes are
 * exactly the canvas's). Rebuilt when those change, never on a pan or zoom.
 */
import { displayName } from '@shared/edit';
import type { PlanNode, Severity } from '@shared/model/types';
import type { FlowEdge, FlowNode } from '../flow-types';
import { buildGrid, type Box, type SpatialGrid } from './grid';

/** The colour family a card is drawn in (tokens.css). */
export type Tone = 'pm' | 'po' | 'person' | 'team' | 'internal' | 'external';
/** How a line is stroked, as on the canvas (canvas.css). */
export type LineStyle = 'reports' | 'dotted' | 'member' | 'engages' | 'external' | 'invalid';

export interface SceneCard {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly tone: Tone;
  readonly name: string;
  readonly title: string;
  readonly vacant: boolean;
  readonly selected: boolean;
  readonly problem: Severity | null;
}

export interface SceneLine {
  readonly id: string;
  /** x0, y0, x1, y1, …: a polyline. */
  readonly points: readonly number[];
  readonly style: LineStyle;
  readonly selected: boolean;
  readonly problem: Severity | null;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export interface Scene {
  readonly cards: readonly SceneCard[];
  readonly lines: readonly SceneLine[];
  readonly grid: SpatialGrid;
  readonly indexById: ReadonlyMap<string, number>;
  /** The box around every card and line, in canvas coordinates: all there is to draw. */
  readonly bounds: Box;
}

function toneOf(node: PlanNode): Tone {
  if (node.kind === 'stakeholder') return node.scope === 'external' ? 'external' : 'internal';
  return node.kind;
}

function toCard(flowNode: FlowNode): SceneCard {
  const node = flowNode.data.node;
  const vacant = node.vacant === true;
  return {
    id: flowNode.id,
    x: flowNode.position.x,
    y: flowNode.position.y,
    width: flowNode.width ?? 0,
    height: flowNode.height ?? 0,
    tone: toneOf(node),
    name: node.name.trim() === '' && vacant ? 'Open role' : displayName(node),
    title: node.title ?? '',
    vacant,
    selected: flowNode.selected === true,
    problem: flowNode.data.marker?.severity ?? null,
  };
}

function lineStyle(edge: FlowEdge): LineStyle {
  const className = edge.className ?? '';
  if (className.includes(' is-invalid')) return 'invalid';
  switch (edge.data?.edge.kind) {
    case 'dotted-line':
      return 'dotted';
    case 'member-of':
      return 'member';
    case 'engages':
      return className.includes('op-edge--external') ? 'external' : 'engages';
    default:
      return 'reports';
  }
}

/** The middle of a card's side, where a line leaves or enters it (geometry.ts's handles). */
function sidePoint(card: SceneCard, handle: string | null | undefined): [number, number] {
  if (handle === 't') return [card.x + card.width / 2, card.y];
  if (handle === 'l') return [card.x, card.y + card.height / 2];
  if (handle === 'r') return [card.x + card.width, card.y + card.height / 2];
  return [card.x + card.width / 2, card.y + card.height];
}

/** The line's points: its route when it has one, else a step (hierarchy) or a straight line between the sides. */
function linePoints(edge: FlowEdge, source: SceneCard, target: SceneCard): number[] {
  const route = edge.data?.route;
  if (route !== undefined && route.length >= 2) return route.flatMap((p) => [p.x, p.y]);
  const [sx, sy] = sidePoint(source, edge.sourceHandle);
  const [tx, ty] = sidePoint(target, edge.targetHandle);
  if (edge.type !== 'step') return [sx, sy, tx, ty];
  const vertical = edge.sourceHandle === 't' || edge.sourceHandle === 'b';
  if (vertical) {
    const my = (sy + ty) / 2;
    return [sx, sy, sx, my, tx, my, tx, ty];
  }
  const mx = (sx + tx) / 2;
  return [sx, sy, mx, sy, mx, ty, tx, ty];
}

function toLine(edge: FlowEdge, source: SceneCard, target: SceneCard): SceneLine {
  const points = linePoints(edge, source, target);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] as number;
    const y = points[i + 1] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return {
    id: edge.id,
    points,
    style: lineStyle(edge),
    selected: edge.selected === true,
    problem: edge.data?.marker?.severity ?? null,
    minX,
    minY,
    maxX,
    maxY,
  };
}

export function buildScene(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): Scene {
  // The compare view's ghosts (removed nodes) are not the plan's: the overview neither draws nor selects them.
  const cards = nodes.filter((node) => node.type !== 'ghost').map(toCard);
  const indexById = new Map<string, number>();
  cards.forEach((card, i) => indexById.set(card.id, i));
  const lines: SceneLine[] = [];
  for (const edge of edges) {
    const source = indexById.get(edge.source);
    const target = indexById.get(edge.target);
    if (source === undefined || target === undefined) continue;
    lines.push(toLine(edge, cards[source] as SceneCard, cards[target] as SceneCard));
  }
  return { cards, lines, grid: buildGrid(cards), indexById, bounds: boundsOf(cards, lines) };
}

function boundsOf(cards: readonly SceneCard[], lines: readonly SceneLine[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of cards) {
    minX = Math.min(minX, c.x);
    minY = Math.min(minY, c.y);
    maxX = Math.max(maxX, c.x + c.width);
    maxY = Math.max(maxY, c.y + c.height);
  }
  for (const l of lines) {
    minX = Math.min(minX, l.minX);
    minY = Math.min(minY, l.minY);
    maxX = Math.max(maxX, l.maxX);
    maxY = Math.max(maxY, l.maxY);
  }
  return minX > maxX
    ? { x: 0, y: 0, width: 0, height: 0 }
    : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
