/**
 * The crossing from the overview back to the cards, in steps. Handing React Flow every node and edge of a large
 * plan at once costs one long frame (its node and connection look-ups rebuilt for all of them, the cards in view
 * created), in the middle of the user's zoom. So it first gets the cards in view, a few per frame while the
 * overview still covers them, then the cards around the view, with every line that touches them and the cards at
 * those lines' other ends (so no line in view is missing), and the rest once the view has rested
 * (use-whole-org-overview.ts).
 */
import type { FlowEdge, FlowNode } from '../flow-types';
import type { Rect } from './plan-bounds';

/** The view grown by this fraction of its size on each side: what a short pan after the crossing shows. */
const MARGIN = 0.5;

export interface NearElements {
  /** The cards in the view first (the first `inView` of them), then the rest around it. */
  readonly nodes: FlowNode[];
  readonly inView: number;
  readonly edges: FlowEdge[];
  /** The canvas area whose cards are all there: a view that leaves it needs every card. */
  readonly area: Rect;
}

export function grow(rect: Rect, margin = MARGIN): Rect {
  return {
    x: rect.x - rect.width * margin,
    y: rect.y - rect.height * margin,
    width: rect.width * (1 + 2 * margin),
    height: rect.height * (1 + 2 * margin),
  };
}

const overlaps = (node: FlowNode, r: Rect): boolean =>
  node.position.x <= r.x + r.width &&
  node.position.x + (node.width ?? 0) >= r.x &&
  node.position.y <= r.y + r.height &&
  node.position.y + (node.height ?? 0) >= r.y;

/**
 * The nodes overlapping the view (grown by the margin), their lines, and the nodes at those lines' other ends;
 * the nodes in the view itself first.
 */
export function nearElements(nodes: readonly FlowNode[], edges: readonly FlowEdge[], view: Rect): NearElements {
  const area = grow(view);
  const core = new Set<string>();
  for (const node of nodes) if (overlaps(node, area)) core.add(node.id);
  const wanted = new Set(core);
  const near: FlowEdge[] = [];
  for (const edge of edges)
    if (core.has(edge.source) || core.has(edge.target)) {
      near.push(edge);
      wanted.add(edge.source);
      wanted.add(edge.target);
    }
  const inView: FlowNode[] = [];
  const around: FlowNode[] = [];
  for (const node of nodes) if (wanted.has(node.id)) (overlaps(node, view) ? inView : around).push(node);
  return { nodes: [...inView, ...around], inView: inView.length, edges: near, area };
}

/** The lines among the first `count` of the near nodes: React Flow gets no line without both its cards. */
export function edgesAmong(near: NearElements, count: number): FlowEdge[] {
  if (count >= near.nodes.length) return near.edges;
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) ids.add((near.nodes[i] as FlowNode).id);
  return near.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
}

/** Whether the view is inside the area whose cards are all there. */
export const within = (view: Rect, area: Rect): boolean =>
  view.x >= area.x &&
  view.y >= area.y &&
  view.x + view.width <= area.x + area.width &&
  view.y + view.height <= area.y + area.height;
