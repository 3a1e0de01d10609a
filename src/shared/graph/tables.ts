/**
 * The typed arrays under the graph index, built in two passes over the plan:
 * per node its kind code and the id → position map, per edge its ends and
 * kind, and the edges grouped by (kind, node) both ways. Nodes and edges are
 * named by their position in the plan's arrays, so the rules walk typed
 * arrays instead of hashing ids or reading fields off node objects.
 *
 * Tables depend on the nodes only through their ids, order and kinds: an
 * edit that keeps those keeps every table (patchTables), and one that
 * changes kinds only rebuilds the few that read them.
 */
import { EDGE_KINDS, NODE_KINDS, type PlanEdge, type PlanNode } from '../model/types';
import { EdgeLists, Groups } from './adjacency';
import { edgeKindCode, nodeKindCode } from './kind-codes';

export interface GraphTables {
  readonly nodeCount: number;
  /** Id → position of the first node with that id. */
  readonly positions: ReadonlyMap<string, number>;
  /** Per node its kind code. */
  readonly kinds: Uint8Array;
  readonly byNodeKind: Groups;
  /** Per edge the position of its source and target node, or -1 when the id names no node. */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeKinds: Uint8Array;
  readonly outGroups: Groups;
  readonly inGroups: Groups;
  /** Per edge kind code: the edges leaving / arriving at each node. */
  readonly outgoing: readonly EdgeLists[];
  readonly incoming: readonly EdgeLists[];
  /** Edge id → position, built on first use (only the editor asks), shared by patched indexes. */
  readonly edgePositions: { map: Map<string, number> | undefined };
}

/*
 * The two passes live in functions of their own: small monomorphic loops
 * that the JIT optimizes once and reuses on every check.
 */

/** Fills each node's kind code, the id → position map and the size of each kind's group. */
function readNodes(
  nodes: readonly PlanNode[],
  positions: Map<string, number>,
  kinds: Uint8Array,
  kindSizes: Int32Array,
): void {
  // Backwards, so that of duplicate ids (refused by the loader, possible in code) the first node wins.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as PlanNode;
    const code = nodeKindCode(node.kind);
    kinds[i] = code;
    kindSizes[code + 1] = (kindSizes[code + 1] ?? 0) + 1;
    positions.set(node.id, i);
  }
}

interface EdgeEnds {
  source: Int32Array;
  target: Int32Array;
  kind: Uint8Array;
  /** Per edge its adjacency group, kind * nodeCount + node, or -1 when dangling. */
  outKey: Int32Array;
  inKey: Int32Array;
  outSizes: Int32Array;
  inSizes: Int32Array;
}

function readEdges(edges: readonly PlanEdge[], positions: Map<string, number>, n: number, ends: EdgeEnds): void {
  const { source: sources, target: targets, kind: kinds, outKey, inKey, outSizes, inSizes } = ends;
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as PlanEdge;
    const source = positions.get(edge.source) ?? -1;
    const target = positions.get(edge.target) ?? -1;
    const code = edgeKindCode(edge.kind);
    sources[e] = source;
    targets[e] = target;
    kinds[e] = code;
    // A dangling edge (never from the loader) is left out of the adjacency: nothing can reason about it.
    if (source < 0 || target < 0) {
      outKey[e] = -1;
      inKey[e] = -1;
      continue;
    }
    const out = code * n + source;
    const into = code * n + target;
    outKey[e] = out;
    inKey[e] = into;
    outSizes[out + 1] = (outSizes[out + 1] ?? 0) + 1;
    inSizes[into + 1] = (inSizes[into + 1] ?? 0) + 1;
  }
}

/** The per-kind edge lists; they read node kinds, so they follow the kinds array. */
function edgeLists(groups: Groups, n: number, farEnds: Int32Array, kinds: Uint8Array): EdgeLists[] {
  const lists: EdgeLists[] = [];
  for (let code = 0; code < EDGE_KINDS.length; code++) lists.push(new EdgeLists(groups, code * n, farEnds, kinds));
  return lists;
}

export function buildTables(nodes: readonly PlanNode[], edges: readonly PlanEdge[]): GraphTables {
  const n = nodes.length;
  const m = edges.length;
  const positions = new Map<string, number>();
  const kinds = new Uint8Array(n);
  const kindSizes = new Int32Array(NODE_KINDS.length + 1);
  readNodes(nodes, positions, kinds, kindSizes);
  const ends: EdgeEnds = {
    source: new Int32Array(m),
    target: new Int32Array(m),
    kind: new Uint8Array(m),
    outKey: new Int32Array(m),
    inKey: new Int32Array(m),
    outSizes: new Int32Array(EDGE_KINDS.length * n + 1),
    inSizes: new Int32Array(EDGE_KINDS.length * n + 1),
  };
  readEdges(edges, positions, n, ends);
  const outGroups = new Groups(ends.outSizes, ends.outKey);
  const inGroups = new Groups(ends.inSizes, ends.inKey);
  return {
    nodeCount: n,
    positions,
    kinds,
    byNodeKind: new Groups(kindSizes, kinds),
    edgeSource: ends.source,
    edgeTarget: ends.target,
    edgeKinds: ends.kind,
    outGroups,
    inGroups,
    outgoing: edgeLists(outGroups, n, ends.target, kinds),
    incoming: edgeLists(inGroups, n, ends.source, kinds),
    edgePositions: { map: undefined },
  };
}

/**
 * The tables of `previous` for a plan whose nodes keep their ids and order and
 * whose edge array is the same: shared as they are when no kind changed, else
 * with the kind codes, the kind groups and the lists reading them rebuilt (no
 * hashing: a pass over a byte array). `changed` holds the positions of the
 * nodes that are new objects.
 */
export function patchTables(
  previous: GraphTables,
  nodes: readonly PlanNode[],
  changed: readonly number[],
): GraphTables {
  let kinds: Uint8Array | undefined;
  for (const i of changed) {
    const code = nodeKindCode((nodes[i] as PlanNode).kind);
    if (code === previous.kinds[i]) continue;
    kinds ??= previous.kinds.slice();
    kinds[i] = code;
  }
  if (kinds === undefined) return previous;
  const n = previous.nodeCount;
  const kindSizes = new Int32Array(NODE_KINDS.length + 1);
  for (let i = 0; i < n; i++) {
    const code = kinds[i] ?? 0;
    kindSizes[code + 1] = (kindSizes[code + 1] ?? 0) + 1;
  }
  return {
    ...previous,
    kinds,
    byNodeKind: new Groups(kindSizes, kinds),
    outgoing: edgeLists(previous.outGroups, n, previous.edgeTarget, kinds),
    incoming: edgeLists(previous.inGroups, n, previous.edgeSource, kinds),
  };
}
