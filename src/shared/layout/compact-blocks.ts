/**
 * The compact layout's blocks: every subtree becomes a rectangle, built from
 * the leaves up (one pass in reverse pre-order, no recursion), with each
 * child's offset from its parent's card. Per node:
 * - its teams and stakeholders (any non-person child) hang in a side column
 *   right of the card, a little lower, stacked (with up to two leaf reports
 *   of a manager whose other reports have reports: see BESIDE_MAX);
 * - reports with no reports of their own are stacked under the card: one
 *   column right of a trunk along the card's left side for up to 4 plain
 *   cards (or any number with side columns), else two columns either side of a
 *   trunk below the card's centre;
 * - reports with reports of their own stand side by side in a row below,
 *   the card centred over them, wrapping into further rows (reached by the
 *   left trunk) when a row would be wider than `maxRowWidth`. This is the knob
 *   the aspect-ratio search in compact-layout.ts turns.
 * Rectangles never overlap, so cards never do, and the gaps keep room for
 * the lines route.ts draws.
 */
import {
  BUS_GAP,
  HORIZONTAL_GAP,
  NODE_HEIGHT,
  NODE_WIDTH,
  SIDE_DROP,
  SIDE_GAP,
  STACK_GAP,
  STACK_INDENT,
  STACK_TOP,
  VERTICAL_GAP,
} from './card-size';
import type { LayoutForest } from './forest';
import { isPersonKind, type NodeKind } from '../model/types';

/** Up to this many plain leaf reports stay in one column. */
const ONE_COLUMN_MAX = 4;
/**
 * A manager whose other reports stand in a row below keeps up to this many leaf reports that have teams or
 * stakeholders beside the card, in the side column under its own teams and stakeholders (as org charts place
 * assistants), instead of in a column left of the row: the row then starts at the manager's left edge, so a small
 * chart is as narrow as its row. (The article example: the CPO's Scrum Master, with the Refunds team, beside her
 * made the chart 1,064 px wide instead of 1,616.) Plain leaf cards keep the left column, which packs large
 * imported organisations tighter (and takes a PM whose subtree is folded away: a plain card then).
 */
const BESIDE_MAX = 2;

export interface Blocks {
  /** Offset of each node's card from its parent's card (roots: from the block of all roots). */
  readonly dx: Float64Array;
  readonly dy: Float64Array;
  /** Each node's block relative to its own card's top-left: left ≤ 0, top 0. */
  readonly left: Float64Array;
  readonly right: Float64Array;
  readonly bottom: Float64Array;
  /** Every node, parents before children. */
  readonly preorder: Int32Array;
  /** Width and height of all roots' blocks together. */
  readonly width: number;
  readonly height: number;
}

/** Parents before children, roots in order, children in order: an explicit stack. */
export function preorderOf(forest: LayoutForest): Int32Array {
  const order = new Int32Array(forest.ids.length);
  let count = 0;
  const stack: number[] = [];
  for (let r = forest.roots.length - 1; r >= 0; r--) stack.push(forest.roots[r] as number);
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    order[count++] = v;
    const list = forest.children[v] as readonly number[];
    for (let i = list.length - 1; i >= 0; i--) stack.push(list[i] as number);
  }
  return order;
}

interface Scratch {
  readonly forest: LayoutForest;
  readonly dx: Float64Array;
  readonly dy: Float64Array;
  readonly left: Float64Array;
  readonly right: Float64Array;
  readonly bottom: Float64Array;
  readonly maxRowWidth: number;
}

const isPlainCard = (s: Scratch, v: number): boolean =>
  s.left[v] === 0 && s.right[v] === NODE_WIDTH && s.bottom[v] === NODE_HEIGHT;

/** Stacks `items` in one column whose left edge is at `x`, from `y` down; returns [right edge, bottom]. */
function stackColumn(s: Scratch, items: readonly number[], x: number, y: number): [number, number] {
  let right = x;
  let bottom = y;
  for (const c of items) {
    s.dx[c] = x - (s.left[c] as number);
    s.dy[c] = bottom;
    right = Math.max(right, s.dx[c] + (s.right[c] as number));
    bottom += (s.bottom[c] as number) + STACK_GAP;
  }
  return [right, bottom - STACK_GAP];
}

/** Leaf reports only: one or two stacked columns under the card (the head is the card plus its side column). */
function stackLeaves(s: Scratch, v: number, leaves: readonly number[], headRight: number, headBottom: number): void {
  const top = headBottom + STACK_TOP;
  if (leaves.length > ONE_COLUMN_MAX && leaves.every((c) => isPlainCard(s, c))) {
    const leftX = NODE_WIDTH / 2 - BUS_GAP / 2 - NODE_WIDTH;
    const rightX = NODE_WIDTH / 2 + BUS_GAP / 2;
    leaves.forEach((c, i) => {
      s.dx[c] = i % 2 === 0 ? leftX : rightX;
      s.dy[c] = top + Math.floor(i / 2) * (NODE_HEIGHT + STACK_GAP);
    });
    const rows = Math.ceil(leaves.length / 2);
    s.left[v] = leftX;
    s.right[v] = Math.max(headRight, rightX + NODE_WIDTH);
    s.bottom[v] = top + rows * (NODE_HEIGHT + STACK_GAP) - STACK_GAP;
    return;
  }
  const [right, bottom] = stackColumn(s, leaves, STACK_INDENT, top);
  s.left[v] = 0;
  s.right[v] = Math.max(headRight, right);
  s.bottom[v] = bottom;
}

/** Reports with reports: rows of blocks below the head, after a column of any leaf reports. */
function rowBranches(
  s: Scratch,
  v: number,
  leaves: readonly number[],
  branches: readonly number[],
  headRight: number,
  headBottom: number,
): void {
  let leafRight = 0;
  let leafBottom = headBottom;
  if (leaves.length > 0) {
    // Below the centre bus (half a gap under the head), so the bus passes over the column.
    [leafRight, leafBottom] = stackColumn(s, leaves, STACK_INDENT, headBottom + VERTICAL_GAP / 2 + STACK_TOP);
  }
  const firstRowX = leaves.length > 0 ? leafRight + HORIZONTAL_GAP : 0;
  const widthOf = (c: number): number => (s.right[c] as number) - (s.left[c] as number);
  let total = 0;
  for (const c of branches) total += widthOf(c) + HORIZONTAL_GAP;
  const wraps = total - HORIZONTAL_GAP > s.maxRowWidth;
  // Wrapped rows start right of the left trunk so it passes them all.
  let rowX = wraps ? Math.max(firstRowX, STACK_INDENT) : firstRowX;
  let x = rowX;
  let rowTop = headBottom + VERTICAL_GAP;
  let rowBottom = rowTop;
  let right = Math.max(headRight, leafRight);
  let inRow = 0;
  for (const c of branches) {
    const w = widthOf(c);
    if (inRow > 0 && x + w - rowX > s.maxRowWidth) {
      rowTop = Math.max(rowBottom, leafBottom) + VERTICAL_GAP;
      rowX = STACK_INDENT;
      x = rowX;
      inRow = 0;
    }
    s.dx[c] = x - (s.left[c] as number);
    s.dy[c] = rowTop;
    x += w + HORIZONTAL_GAP;
    right = Math.max(right, x - HORIZONTAL_GAP);
    rowBottom = Math.max(rowBottom, rowTop + (s.bottom[c] as number));
    inRow++;
  }
  let left = 0;
  if (!wraps && leaves.length === 0) {
    // One row: centre the card over its first and last report, as a tidy tree does.
    const first = branches[0] as number;
    const last = branches[branches.length - 1] as number;
    const shift = ((s.dx[first] as number) + (s.dx[last] as number)) / 2;
    for (const c of branches) s.dx[c] = (s.dx[c] as number) - shift;
    left = Math.min(0, -shift);
    right = Math.max(headRight, right - shift);
  }
  s.left[v] = left;
  s.right[v] = right;
  s.bottom[v] = Math.max(rowBottom, leafBottom);
}

/** Each node's children sorted into the three places the compact layout puts them; the same for every try. */
export interface ChildGroups {
  /** Teams, stakeholders: the side column. */
  readonly side: readonly (readonly number[])[];
  /** Reports without reports: stacked. */
  readonly leaves: readonly (readonly number[])[];
  /** Reports with reports: rows. */
  readonly branches: readonly (readonly number[])[];
}

const NONE: readonly number[] = [];

export function groupChildren(forest: LayoutForest): ChildGroups {
  const n = forest.ids.length;
  const isPerson = (v: number): boolean => isPersonKind(forest.kinds[v] as NodeKind);
  const hasReports = new Uint8Array(n);
  for (let v = 0; v < n; v++) if ((forest.children[v] as readonly number[]).some(isPerson)) hasReports[v] = 1;
  const side: (readonly number[])[] = new Array<readonly number[]>(n).fill(NONE);
  const leaves: (readonly number[])[] = new Array<readonly number[]>(n).fill(NONE);
  const branches: (readonly number[])[] = new Array<readonly number[]>(n).fill(NONE);
  for (let v = 0; v < n; v++) {
    const children = forest.children[v] as readonly number[];
    if (children.length === 0) continue;
    side[v] = children.filter((c) => !isPerson(c));
    leaves[v] = children.filter((c) => isPerson(c) && hasReports[c] === 0);
    branches[v] = children.filter((c) => isPerson(c) && hasReports[c] === 1);
  }
  return { side, leaves, branches };
}

function placeChildren(s: Scratch, groups: ChildGroups, v: number): void {
  let side = groups.side[v] as readonly number[];
  let leaves = groups.leaves[v] as readonly number[];
  const branches = groups.branches[v] as readonly number[];
  if (branches.length > 0 && leaves.length > 0) {
    const beside = leaves.filter((c) => !isPlainCard(s, c));
    if (beside.length > 0 && beside.length <= BESIDE_MAX) {
      side = [...side, ...beside];
      leaves = beside.length === leaves.length ? NONE : leaves.filter((c) => isPlainCard(s, c));
    }
  }
  let headRight = NODE_WIDTH;
  let headBottom = NODE_HEIGHT;
  if (side.length > 0) {
    const [right, bottom] = stackColumn(s, side, NODE_WIDTH + SIDE_GAP, SIDE_DROP);
    headRight = right;
    headBottom = Math.max(NODE_HEIGHT, bottom);
  }
  if (branches.length > 0) rowBranches(s, v, leaves, branches, headRight, headBottom);
  else if (leaves.length > 0) stackLeaves(s, v, leaves, headRight, headBottom);
  else {
    s.left[v] = 0;
    s.right[v] = headRight;
    s.bottom[v] = headBottom;
  }
}

/** Lays the roots' blocks in rows no wider than `maxRowWidth` (one block may be wider); returns the size. */
function placeRoots(s: Scratch): [number, number] {
  let x = 0;
  let rowTop = 0;
  let rowBottom = 0;
  let width = 0;
  let inRow = 0;
  for (const r of s.forest.roots) {
    const w = (s.right[r] as number) - (s.left[r] as number);
    if (inRow > 0 && x + w > s.maxRowWidth) {
      rowTop = rowBottom + VERTICAL_GAP;
      x = 0;
      inRow = 0;
    }
    s.dx[r] = x - (s.left[r] as number);
    s.dy[r] = rowTop;
    x += w + HORIZONTAL_GAP;
    width = Math.max(width, x - HORIZONTAL_GAP);
    rowBottom = Math.max(rowBottom, rowTop + (s.bottom[r] as number));
    inRow++;
  }
  return [width, rowBottom];
}

/** Every node's block and offset, rows wrapping at `maxRowWidth`. Linear in the number of nodes. */
export function computeBlocks(
  forest: LayoutForest,
  groups: ChildGroups,
  preorder: Int32Array,
  maxRowWidth: number,
): Blocks {
  const n = forest.ids.length;
  const s: Scratch = {
    forest,
    dx: new Float64Array(n),
    dy: new Float64Array(n),
    left: new Float64Array(n),
    right: new Float64Array(n),
    bottom: new Float64Array(n),
    maxRowWidth,
  };
  for (let i = n - 1; i >= 0; i--) placeChildren(s, groups, preorder[i] as number);
  const [width, height] = placeRoots(s);
  return { dx: s.dx, dy: s.dy, left: s.left, right: s.right, bottom: s.bottom, preorder, width, height };
}
