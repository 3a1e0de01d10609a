/**
 * The lookups every rule needs, built once per check in two passes over the
 * plan. Nodes and edges are referred to by their position in the plan's
 * arrays (small integers), so the rules walk typed arrays instead of hashing
 * ids or reading fields off node objects.
 */
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind, type PlanEdge, type PlanNode } from '../model/types';
import { EdgeLists, Groups, edgeKindCode, nodeKindCode } from './adjacency';

/*
 * The two passes over the plan live in functions of their own: small
 * monomorphic loops that the JIT optimizes once and reuses on every check.
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
    // A dangling edge (never from the loader) is left out of the adjacency: no rule can reason about it.
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

export class PlanIndex {
  /**
   * An empty index that lives as long as the module. V8 reaches the hidden
   * classes of an object's fields only weakly: when no index is alive during
   * a garbage collection they are dropped, and every optimized rule loop that
   * relied on them is thrown away and recompiled on the next check (measured:
   * about twice as slow at 100,000 nodes). One living instance keeps them.
   */
  static readonly EMPTY: PlanIndex = new PlanIndex([], []);

  readonly nodes: readonly PlanNode[];
  readonly edges: readonly PlanEdge[];
  readonly nodeCount: number;
  /** Per edge: the position of its source and target node, or -1 when the id names no node. */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Per node its kind code: node objects come in many shapes, so reading `.kind` in every rule is slow. */
  private readonly kinds: Uint8Array;
  private readonly byNodeKind: Groups;
  /** Per edge its kind code, so rules over all edges need not touch the edge objects. */
  private readonly edgeKinds: Uint8Array;
  private readonly outgoing: EdgeLists[] = [];
  private readonly incoming: EdgeLists[] = [];
  private readonly positions = new Map<string, number>();

  constructor(nodes: readonly PlanNode[], edges: readonly PlanEdge[]) {
    this.nodes = nodes;
    this.edges = edges;
    const n = nodes.length;
    const m = edges.length;
    this.nodeCount = n;
    this.kinds = new Uint8Array(n);
    const kindSizes = new Int32Array(NODE_KINDS.length + 1);
    readNodes(nodes, this.positions, this.kinds, kindSizes);
    this.byNodeKind = new Groups(kindSizes, this.kinds);
    this.edgeSource = new Int32Array(m);
    this.edgeTarget = new Int32Array(m);
    this.edgeKinds = new Uint8Array(m);
    const ends: EdgeEnds = {
      source: this.edgeSource,
      target: this.edgeTarget,
      kind: this.edgeKinds,
      outKey: new Int32Array(m),
      inKey: new Int32Array(m),
      outSizes: new Int32Array(EDGE_KINDS.length * n + 1),
      inSizes: new Int32Array(EDGE_KINDS.length * n + 1),
    };
    readEdges(edges, this.positions, n, ends);
    const outGroups = new Groups(ends.outSizes, ends.outKey);
    const inGroups = new Groups(ends.inSizes, ends.inKey);
    for (let code = 0; code < EDGE_KINDS.length; code++) {
      this.outgoing.push(new EdgeLists(outGroups, code * n, this.edgeTarget, this.kinds));
      this.incoming.push(new EdgeLists(inGroups, code * n, this.edgeSource, this.kinds));
    }
  }

  node(i: number): PlanNode {
    return this.nodes[i] as PlanNode;
  }

  edge(e: number): PlanEdge {
    return this.edges[e] as PlanEdge;
  }

  kind(i: number): NodeKind {
    return NODE_KINDS[this.kinds[i] ?? 0] as NodeKind;
  }

  /** Positions of the nodes of one kind, in plan order: rules about POs walk only the POs. */
  nodesOf(kind: NodeKind): Int32Array {
    return this.byNodeKind.view(nodeKindCode(kind));
  }

  edgeKind(e: number): EdgeKind {
    return EDGE_KINDS[this.edgeKinds[e] ?? 0] as EdgeKind;
  }

  /** The position of the node with this id, or -1. */
  indexOf(id: string): number {
    return this.positions.get(id) ?? -1;
  }

  hasNode(id: string): boolean {
    return this.positions.has(id);
  }

  source(e: number): number {
    return this.edgeSource[e] ?? -1;
  }

  target(e: number): number {
    return this.edgeTarget[e] ?? -1;
  }

  /** The edges of this kind leaving each node. */
  from(kind: EdgeKind): EdgeLists {
    return this.outgoing[edgeKindCode(kind)] as EdgeLists;
  }

  /** The edges of this kind arriving at each node. */
  into(kind: EdgeKind): EdgeLists {
    return this.incoming[edgeKindCode(kind)] as EdgeLists;
  }
}

export function buildPlanIndex(plan: { nodes: readonly PlanNode[]; edges: readonly PlanEdge[] }): PlanIndex {
  return new PlanIndex(plan.nodes, plan.edges);
}
