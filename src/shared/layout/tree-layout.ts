/**
 * Top-down tree layout of a plan: the reporting tree, with teams below their
 * PO and stakeholders below the person who engages them (forest.ts decides
 * the parents). d3-hierarchy's `tree()` (Buchheim et al., linear time, and
 * iterative, so a 100,000-deep chain neither overflows the stack nor goes quadratic) places the
 * nodes on a grid of card-sized cells, so cards never overlap. hierarchy.ts
 * explains why the d3 hierarchy is built by hand.
 */
import { tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { LayoutStyle, Plan, PlanNode, Position } from '../model/types';
import { HORIZONTAL_GAP, NODE_HEIGHT, NODE_WIDTH, VERTICAL_GAP } from './card-size';
import { compactForestPositions, type CompactLayoutOptions } from './compact-layout';
import { buildLayoutForest, type LayoutForest } from './forest';
import { VIRTUAL_ROOT, forestHierarchy } from './hierarchy';

export { HORIZONTAL_GAP, NODE_HEIGHT, NODE_WIDTH, VERTICAL_GAP } from './card-size';

const COLUMN = NODE_WIDTH + HORIZONTAL_GAP;
const ROW = NODE_HEIGHT + VERTICAL_GAP;

/** Left to right: a level's column is a card and a wide gap across, siblings a card and a small gap apart. */
const LEVEL_ACROSS = NODE_WIDTH + VERTICAL_GAP;
const SIBLING_DOWN = NODE_HEIGHT + HORIZONTAL_GAP / 2;

export interface LayoutOptions extends CompactLayoutOptions {
  /** Keep every existing position and place only the nodes without one. */
  readonly onlyMissing?: boolean;
  /**
   * `compact`: stacked leaves, side columns, aimed at an aspect ratio; `tree`: the classic top-down tree;
   * `left-right`: the same tree turned, managers left of their reports. Default: the plan's own choice
   * (`plan.layout.style`), else compact.
   */
  readonly style?: LayoutStyle;
}

type Visit = (index: number, x: number, y: number, parent: number) => void;

/**
 * Calls `visit(index, x, y, parentIndex)` for every node, parents before
 * children, with the top-left corner of its card; the leftmost card is at x 0
 * and the roots at y 0.
 */
function walkTreeLayout(forest: LayoutForest, visit: Visit): void {
  walkTidyTree(forest, COLUMN, ROW, visit);
}

/** The tidy tree with levels as columns: d3's breadth axis becomes y, its depth axis x. */
function walkLeftRightLayout(forest: LayoutForest, visit: Visit): void {
  walkTidyTree(forest, SIBLING_DOWN, LEVEL_ACROSS, (index, along, level, parent) => {
    visit(index, level, along, parent);
  });
}

/** d3's tidy tree with `breadth` between siblings and `depth` between levels; visit gets (breadth, depth) corners. */
function walkTidyTree(forest: LayoutForest, breadth: number, depth: number, visit: Visit): void {
  if (forest.ids.length === 0) return;
  const root = forestHierarchy(forest);
  const laidOut = tree<number>()
    .nodeSize([breadth, depth])
    // Siblings one column apart; a little more between cousins so subtrees read as groups.
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root);
  // d3 gives card centres; centre minus the leftmost centre is the top-left x with the leftmost card at 0.
  let minCentre = Infinity;
  laidOut.each((node) => {
    if (node.data !== VIRTUAL_ROOT && node.x < minCentre) minCentre = node.x;
  });
  laidOut.eachBefore((node: HierarchyPointNode<number>) => {
    if (node.data === VIRTUAL_ROOT) return;
    // The virtual root is depth 0, so real roots sit one row down; move them to y 0.
    visit(node.data, node.x - minCentre, node.y - depth, node.parent?.data ?? VIRTUAL_ROOT);
  });
}

/** Top-left positions of every node's card, by node id. */
export function computeTreeLayout(plan: Plan): Map<string, Position> {
  const positions = new Map<string, Position>();
  const forest = buildLayoutForest(plan);
  const ids = forest.ids;
  walkTreeLayout(forest, (index, x, y) => {
    positions.set(ids[index] as string, { x, y });
  });
  return positions;
}

/**
 * Positions for `onlyMissing`: a node that has a position keeps it; a new one
 * sits where the layout puts it relative to its nearest positioned ancestor,
 * so it appears next to its manager, team or PO as the user arranged them.
 * New nodes with no positioned ancestor go below the existing drawing.
 */
/** The same walk as walkTreeLayout, over the compact layout. */
function walkCompactLayout(forest: LayoutForest, options: CompactLayoutOptions, visit: Visit): void {
  const { x, y, preorder } = compactForestPositions(forest, options);
  for (const v of preorder) visit(v, x[v] as number, y[v] as number, forest.parent[v] as number);
}

function walkLayout(forest: LayoutForest, opts: LayoutOptions, visit: Visit): void {
  if (opts.style === 'tree') walkTreeLayout(forest, visit);
  else if (opts.style === 'left-right') walkLeftRightLayout(forest, visit);
  else walkCompactLayout(forest, opts, visit);
}

function layoutAll(plan: Plan, opts: LayoutOptions): Map<string, Position> {
  const positions = new Map<string, Position>();
  const forest = buildLayoutForest(plan);
  walkLayout(forest, opts, (index, x, y) => positions.set(forest.ids[index] as string, { x, y }));
  return positions;
}

function layoutMissing(plan: Plan, opts: LayoutOptions): Map<string, Position> {
  const existing = new Map<string, Position>();
  let minX = Infinity;
  let maxY = -Infinity;
  for (const node of plan.nodes) {
    if (node.position === undefined) continue;
    existing.set(node.id, node.position);
    minX = Math.min(minX, node.position.x);
    maxY = Math.max(maxY, node.position.y);
  }
  const below = existing.size === 0 ? { x: 0, y: 0 } : { x: minX, y: maxY + ROW };
  const positions = new Map<string, Position>();
  const forest = buildLayoutForest(plan);
  const ids = forest.ids;
  // Per node: how far its subtree is moved from the computed layout (parents are visited first).
  const shiftX = new Float64Array(ids.length);
  const shiftY = new Float64Array(ids.length);
  walkLayout(forest, opts, (index, x, y, parent) => {
    const id = ids[index] as string;
    const kept = existing.get(id);
    const dx = kept !== undefined ? kept.x - x : parent === VIRTUAL_ROOT ? below.x : (shiftX[parent] as number);
    const dy = kept !== undefined ? kept.y - y : parent === VIRTUAL_ROOT ? below.y : (shiftY[parent] as number);
    shiftX[index] = dx;
    shiftY[index] = dy;
    positions.set(id, kept ?? { x: x + dx, y: y + dy });
  });
  return positions;
}

/** A copy of the plan with positions set by the layout (compact unless asked); nodes that keep theirs stay the same objects. */
export function layoutPlan(plan: Plan, options: LayoutOptions = {}): Plan {
  const opts: LayoutOptions = { ...options, style: options.style ?? plan.layout?.style ?? 'compact' };
  const positions = opts.onlyMissing === true ? layoutMissing(plan, opts) : layoutAll(plan, opts);
  const nodes = plan.nodes.map((node): PlanNode => {
    const position = positions.get(node.id);
    if (position === undefined || position === node.position) return node;
    return { ...node, position };
  });
  return { ...plan, nodes };
}
