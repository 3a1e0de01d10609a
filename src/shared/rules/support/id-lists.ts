/** Sorted, duplicate-free id lists: the node and edge lists violations carry. */
import type { GraphIndex } from '../../graph';

/**
 * Sorts ids[from..] in place (code-unit order, like `<`) and drops repeats.
 * Lists in violations are short, and plans saved by Org Planner list nodes
 * and edges by id, so the input is often sorted already: insertion sort
 * handles both in one cheap pass; long lists go to Array.prototype.sort.
 */
export function sortUniqueIds(ids: string[], from = 0): string[] {
  if (ids.length - from > 32) {
    const tail = ids.slice(from).sort();
    for (let k = 0; k < tail.length; k++) ids[from + k] = tail[k] as string;
  } else {
    for (let k = from + 1; k < ids.length; k++) {
      const id = ids[k] as string;
      let at = k;
      while (at > from && (ids[at - 1] as string) > id) {
        ids[at] = ids[at - 1] as string;
        at--;
      }
      ids[at] = id;
    }
  }
  let kept = Math.min(ids.length, from + 1);
  for (let k = from + 1; k < ids.length; k++) {
    if (ids[k] !== ids[kept - 1]) ids[kept++] = ids[k] as string;
  }
  ids.length = kept;
  return ids;
}

/** Ids of these edges, sorted (code-unit order). */
export function sortedEdgeIds(index: GraphIndex, edges: readonly number[]): string[] {
  const ids = new Array<string>(edges.length);
  for (let k = 0; k < edges.length; k++) ids[k] = index.edge(edges[k] as number).id;
  return sortUniqueIds(ids);
}

/** Ids of these nodes, each once, sorted: what violations list after their main node. */
export function sortedUniqueNodeIds(index: GraphIndex, positions: readonly number[]): string[] {
  const ids = new Array<string>(positions.length);
  for (let k = 0; k < positions.length; k++) ids[k] = index.node(positions[k] as number).id;
  return sortUniqueIds(ids);
}

/** Node positions ordered by node id, each once: for lists whose labels a message needs. */
export function sortedUniqueNodes(index: GraphIndex, positions: readonly number[]): number[] {
  if (positions.length < 2) return positions.slice();
  return sortedUniqueNodeIds(index, positions).map((id) => index.indexOf(id));
}

export function nodeIdsOf(index: GraphIndex, positions: readonly number[]): string[] {
  return positions.map((i) => index.node(i).id);
}
