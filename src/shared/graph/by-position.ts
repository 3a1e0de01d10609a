/**
 * The graph index by position: nodes and edges named by their place in the
 * plan's arrays, for the rules' hot loops over 100,000 nodes. The plain,
 * by-id API for the editor sits on top of it (graph-index.ts).
 */
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind, type PlanEdge, type PlanNode } from '../model/types';
import type { EdgeLists, Groups } from './adjacency';
import { edgeKindCode, isPersonCode, nodeKindCode } from './kind-codes';
import type { GraphTables } from './tables';

export class ByPosition {
  readonly nodes: readonly PlanNode[];
  readonly edges: readonly PlanEdge[];
  readonly nodeCount: number;
  /** Per edge: the position of its source and target node, or -1 when the id names no node. */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** What this index was made from: a patched index shares them. */
  readonly tables: GraphTables;
  /*
   * The tables' fields copied onto the instance: the rules read them in their
   * innermost loops, where one more hop through `tables` shows.
   */
  /** Per node its kind code: node objects come in many shapes, so reading `.kind` in every rule is slow. */
  protected readonly kinds: Uint8Array;
  private readonly byNodeKind: Groups;
  /** Per edge its kind code, so rules over all edges need not touch the edge objects. */
  private readonly edgeKinds: Uint8Array;
  private readonly outgoing: readonly EdgeLists[];
  private readonly incoming: readonly EdgeLists[];
  protected readonly positions: ReadonlyMap<string, number>;

  constructor(nodes: readonly PlanNode[], edges: readonly PlanEdge[], tables: GraphTables) {
    this.nodes = nodes;
    this.edges = edges;
    this.tables = tables;
    this.nodeCount = tables.nodeCount;
    this.edgeSource = tables.edgeSource;
    this.edgeTarget = tables.edgeTarget;
    this.kinds = tables.kinds;
    this.byNodeKind = tables.byNodeKind;
    this.edgeKinds = tables.edgeKinds;
    this.outgoing = tables.outgoing;
    this.incoming = tables.incoming;
    this.positions = tables.positions;
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

  /** Whether node i is a person: a PM, a PO or anyone else. */
  isPerson(i: number): boolean {
    return isPersonCode(this.kinds[i] ?? -1);
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
