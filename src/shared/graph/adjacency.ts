/**
 * The flat storage behind the graph index: edges grouped by (edge kind,
 * node) in compressed sparse rows, built by a count, a prefix sum and a fill.
 * At 100,000 nodes, per-node JS arrays made the garbage collector the most
 * expensive "rule"; typed arrays cost it nothing.
 */
import type { NodeKind } from '../model/types';
import { nodeKindCode } from './kind-codes';

/** Returned for "no edges", so the common case allocates nothing. Frozen: callers never get to change it. */
const NO_EDGES: readonly number[] = Object.freeze([]);

/**
 * Items 0..key.length-1 grouped by key (-1: left out), each group in item
 * order. Internal to the graph index.
 */
export class Groups {
  readonly start: Int32Array;
  readonly list: Int32Array;

  /**
   * `sizes[g + 1]` holds the size of group g (the caller counted them while
   * computing the keys, saving a pass); the array becomes the start offsets.
   */
  constructor(sizes: Int32Array, key: Int32Array | Uint8Array) {
    const groupCount = sizes.length - 1;
    const start = sizes;
    for (let g = 0; g < groupCount; g++) start[g + 1] = (start[g + 1] ?? 0) + (start[g] ?? 0);
    const next = start.slice(0, groupCount);
    const list = new Int32Array(start[groupCount] ?? 0);
    for (let item = 0; item < key.length; item++) {
      const g = key[item] ?? -1;
      if (g < 0) continue;
      const slot = next[g] ?? 0;
      list[slot] = item;
      next[g] = slot + 1;
    }
    this.start = start;
    this.list = list;
  }

  count(g: number): number {
    return (this.start[g + 1] ?? 0) - (this.start[g] ?? 0);
  }

  /** The k-th item of group g (k < count(g)). */
  at(g: number, k: number): number {
    return this.list[(this.start[g] ?? 0) + k] ?? -1;
  }

  /** The group as a view: no copy. */
  view(g: number): Int32Array {
    return this.list.subarray(this.start[g] ?? 0, this.start[g + 1] ?? 0);
  }

  /** A fresh array of group g's items (the shared empty one when there are none). */
  copy(g: number): readonly number[] {
    const from = this.start[g] ?? 0;
    const to = this.start[g + 1] ?? 0;
    if (from === to) return NO_EDGES;
    const items = new Array<number>(to - from);
    for (let k = from; k < to; k++) items[k - from] = this.list[k] ?? 0;
    return items;
  }
}

/**
 * The edges of one kind at every node, in one direction: for `from(kind)` the
 * edges leaving each node (far end: target), for `into(kind)` the edges
 * arriving (far end: source). Walking them by count and position allocates
 * nothing, which matters in loops over every node.
 */
export class EdgeLists {
  constructor(
    private readonly groups: Groups,
    private readonly base: number,
    private readonly farEnds: Int32Array,
    private readonly kinds: Uint8Array,
  ) {}

  count(i: number): number {
    return this.groups.count(this.base + i);
  }

  /** Node i's k-th edge (k < count(i)), in plan order. */
  at(i: number, k: number): number {
    return this.groups.at(this.base + i, k);
  }

  /** The node at the other end of node i's k-th edge. */
  farEnd(i: number, k: number): number {
    return this.farEnds[this.groups.at(this.base + i, k)] ?? -1;
  }

  /** Node i's edges, in plan order, as a fresh array. */
  of(i: number): readonly number[] {
    return this.groups.copy(this.base + i);
  }

  /** Whether one of node i's edges has a node of this kind at its other end. */
  reaches(i: number, kind: NodeKind): boolean {
    const code = nodeKindCode(kind);
    for (let k = 0, count = this.count(i); k < count; k++) {
      if (this.kinds[this.farEnd(i, k)] === code) return true;
    }
    return false;
  }
}
