/**
 * For every node, the nearest of a set of "seed" nodes above it in the
 * reporting chain: one breadth-first search from all seeds at once, walking
 * down the reports-to lines level by level, in linear time (a walk upwards
 * per node would be quadratic on long chains) and cycle-safe (each node is
 * settled once). Used by pm-not-under-po (seeds: the POs) and pm-outranks-po
 * (seeds: the PMs).
 */
import type { GraphIndex } from '../../graph';

export interface NearestAbove {
  /** Levels between the node and its nearest seed: 0 for a seed, -1 when no seed is above it. */
  readonly depth: Int32Array;
  /** The nearest seed's position, or -1. */
  readonly nearest: Int32Array;
  /** The node's own reports-to line on the way up to that seed, or -1. */
  readonly via: Int32Array;
}

/** Whether reaching a node through (seed, edge) beats (bestSeed, bestEdge): smaller seed id, then smaller edge id. */
function isBetter(index: GraphIndex, seed: number, edge: number, bestSeed: number, bestEdge: number): boolean {
  const a = index.node(seed).id;
  const b = index.node(bestSeed).id;
  if (a !== b) return a < b;
  return index.edge(edge).id < index.edge(bestEdge).id;
}

/**
 * `peopleOnly` follows only lines between two people (the hierarchy); without
 * it every reports-to line counts, whatever the kinds of its ends.
 */
export function nearestAbove(index: GraphIndex, seeds: Int32Array, peopleOnly: boolean): NearestAbove {
  const n = index.nodeCount;
  const depth = new Int32Array(n).fill(-1);
  const nearest = new Int32Array(n).fill(-1);
  const via = new Int32Array(n).fill(-1);
  const reports = index.into('reports-to');
  let frontier: number[] = [];
  for (const i of seeds) {
    depth[i] = 0;
    nearest[i] = i;
    frontier.push(i);
  }
  // Level by level, so every node of a level has its final seed before the next level is built:
  // ties between equally near seeds are then settled by id, not by the order of the file.
  for (let level = 1; frontier.length > 0; level++) {
    const next: number[] = [];
    for (const manager of frontier) {
      const seed = nearest[manager] ?? -1;
      if (peopleOnly && !index.isPerson(manager)) continue;
      for (let k = 0, count = reports.count(manager); k < count; k++) {
        const e = reports.at(manager, k);
        const report = reports.farEnd(manager, k);
        if (peopleOnly && !index.isPerson(report)) continue;
        const seen = depth[report] ?? -1;
        if (seen === -1) {
          depth[report] = level;
          nearest[report] = seed;
          via[report] = e;
          next.push(report);
        } else if (seen === level && isBetter(index, seed, e, nearest[report] ?? -1, via[report] ?? -1)) {
          nearest[report] = seed;
          via[report] = e;
        }
      }
    }
    frontier = next;
  }
  return { depth, nearest, via };
}

/** The reports-to lines from `node` up to its nearest seed, bottom first. */
export function linesUp(index: GraphIndex, above: NearestAbove, node: number): number[] {
  const lines: number[] = [];
  for (let v = node, k = above.depth[node] ?? 0; k > 0; k--) {
    const e = above.via[v] ?? -1;
    lines.push(e);
    v = index.target(e);
  }
  return lines;
}
