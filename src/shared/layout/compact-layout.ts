/**
 * The compact layout (the default): leaves stacked in columns, teams and
 * stakeholders in side columns, managers with managers below them as a tidy
 * row (compact-blocks.ts), and the whole chart aimed at an aspect ratio by
 * searching the widest row allowed. Each try is one linear pass over the
 * forest, fourteen tries at most.
 */
import type { Plan, Position } from '../model/types';
import { NODE_WIDTH } from './card-size';
import { computeBlocks, groupChildren, preorderOf, type Blocks, type ChildGroups } from './compact-blocks';
import { buildLayoutForest, type LayoutForest } from './forest';

/** Width : height the chart aims at: the canvas of a 1440 × 900 window beside the palette and the inspector. */
export const DEFAULT_ASPECT_RATIO = 1.2;

/** Tries of the bisection on the row width, then around the best one found. */
const BISECTION_TRIES = 10;
const NUDGES = [0.8, 0.9, 1.1, 1.25];

export interface CompactLayoutOptions {
  /** Width divided by height the whole chart should come close to. */
  readonly aspectRatio?: number;
}

/** Top-left corners by forest index, the leftmost card at x 0 and the topmost at y 0. */
export interface ForestPositions {
  readonly forest: LayoutForest;
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Every node, parents before children. */
  readonly preorder: Int32Array;
}

/**
 * How large a window of the target aspect ratio must be to show the blocks
 * whole: smaller is better, as Fit view then zooms in further. (Closest to
 * the ratio is not the same: a chart a little off the ratio can be much
 * smaller than one on it.)
 */
const windowFor = (blocks: Blocks, aspect: number): number => Math.max(blocks.width / aspect, blocks.height);

/** The blocks that fit the smallest window of `aspect`, by bisecting the widest row allowed, then nudging it. */
function searchRowWidth(forest: LayoutForest, preorder: Int32Array, aspect: number): Blocks {
  const groups: ChildGroups = groupChildren(forest);
  const unwrapped = computeBlocks(forest, groups, preorder, Infinity);
  // Already tall enough: wrapping would only make it taller.
  if (unwrapped.height === 0 || unwrapped.width / unwrapped.height <= aspect) return unwrapped;
  let best = unwrapped;
  let bestRow = unwrapped.width;
  const consider = (rowWidth: number): Blocks => {
    const blocks = computeBlocks(forest, groups, preorder, rowWidth);
    if (windowFor(blocks, aspect) < windowFor(best, aspect)) [best, bestRow] = [blocks, rowWidth];
    return blocks;
  };
  let low = NODE_WIDTH;
  let high = unwrapped.width;
  for (let i = 0; i < BISECTION_TRIES; i++) {
    const rowWidth = Math.sqrt(low * high);
    const blocks = consider(rowWidth);
    if (blocks.width / blocks.height > aspect) high = rowWidth;
    else low = rowWidth;
  }
  const centre = bestRow;
  for (const nudge of NUDGES) consider(centre * nudge);
  return best;
}

export function compactForestPositions(forest: LayoutForest, options: CompactLayoutOptions = {}): ForestPositions {
  const n = forest.ids.length;
  const preorder = preorderOf(forest);
  const blocks = searchRowWidth(forest, preorder, options.aspectRatio ?? DEFAULT_ASPECT_RATIO);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let minX = Infinity;
  let minY = Infinity;
  for (let i = 0; i < n; i++) {
    const v = preorder[i] as number;
    const p = forest.parent[v] as number;
    x[v] = (p === -1 ? 0 : (x[p] as number)) + (blocks.dx[v] as number);
    y[v] = (p === -1 ? 0 : (y[p] as number)) + (blocks.dy[v] as number);
    minX = Math.min(minX, x[v]);
    minY = Math.min(minY, y[v]);
  }
  for (let v = 0; v < n; v++) {
    x[v] = (x[v] as number) - minX;
    y[v] = (y[v] as number) - minY;
  }
  return { forest, x, y, preorder };
}

/** Top-left positions of every node's card in the compact layout, by node id. */
export function computeCompactLayout(plan: Plan, options: CompactLayoutOptions = {}): Map<string, Position> {
  const { forest, x, y } = compactForestPositions(buildLayoutForest(plan), options);
  const positions = new Map<string, Position>();
  forest.ids.forEach((id, v) => positions.set(id, { x: x[v] as number, y: y[v] as number }));
  return positions;
}
