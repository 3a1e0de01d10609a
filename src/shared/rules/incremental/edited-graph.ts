/**
 * The current plan's graph as the graph index of an earlier plan (the base)
 * plus the edits made since: nodes replaced or removed by id, lines removed
 * by base position, lines added by object. Answers "which lines touch this
 * node now" in time proportional to the answer, so an edit is checked
 * without indexing the whole plan again (at 5,000 people indexing alone
 * costs a third of a full check). Re-based when the edits pile up.
 */
import { EDGE_KINDS, type EdgeKind, type PlanEdge, type PlanNode } from '../../model/types';
import type { GraphIndex } from '../../graph';
import type { NodeChange, Stretch } from './plan-delta';

export type Direction = 'out' | 'in';

export type LineVisitor = (edge: PlanEdge, order: number) => void;

export class EditedGraph {
  /** Nodes changed since the base, by id; null once removed. */
  private readonly nodes = new Map<string, PlanNode | null>();
  /** Base lines removed since, by base position. */
  private readonly removed = new Set<number>();
  /** Lines added since the base, each with its arrival number (they come after every base line). */
  private readonly added = new Map<PlanEdge, number>();
  private readonly addedOut = new Map<string, PlanEdge[]>();
  private readonly addedIn = new Map<string, PlanEdge[]>();
  private arrivals = 0;
  /** Ids that base lines name but no base node has: a node taking such an id would attach them. */
  private readonly dangling = new Set<string>();

  /** False when the base repeats a node id: lines name nodes by id, so only a full index tells them apart. */
  private readonly faithful: boolean;

  constructor(readonly base: GraphIndex) {
    this.faithful = base.tables.positions.size === base.nodeCount;
    for (let e = 0; e < base.edges.length; e++) {
      if (base.source(e) >= 0 && base.target(e) >= 0) continue;
      const edge = base.edge(e);
      this.dangling.add(base.source(e) < 0 ? edge.source : edge.target);
    }
  }

  /** How many edits sit on top of the base. */
  get size(): number {
    return this.nodes.size + this.removed.size + this.added.size;
  }

  node(id: string): PlanNode | undefined {
    const changed = this.nodes.get(id);
    if (changed !== undefined) return changed ?? undefined;
    const i = this.base.indexOf(id);
    return i < 0 ? undefined : this.base.node(i);
  }

  /**
   * Calls `visit` with each current line of `kind` (every kind when omitted)
   * at node `id`, in `direction`, and a number that orders lines as the plan
   * does (base lines by position; added ones after them, in the order they came).
   */
  forEachLine(id: string, direction: Direction, visit: LineVisitor, kind?: EdgeKind): void {
    const i = this.base.indexOf(id);
    if (i >= 0) {
      for (const k of kind === undefined ? EDGE_KINDS : [kind]) {
        const lists = direction === 'out' ? this.base.from(k) : this.base.into(k);
        for (let j = 0, count = lists.count(i); j < count; j++) {
          const e = lists.at(i, j);
          if (!this.removed.has(e)) visit(this.base.edge(e), e);
        }
      }
    }
    const extra = (direction === 'out' ? this.addedOut : this.addedIn).get(id);
    if (extra === undefined) return;
    const after = this.base.edges.length;
    for (const edge of extra)
      if (kind === undefined || edge.kind === kind) visit(edge, after + (this.added.get(edge) ?? 0));
  }

  /** A number that orders nodes as the plan does, for base nodes; new ids follow. */
  nodeOrder(id: string): number {
    const i = this.base.indexOf(id);
    return i >= 0 ? i : this.base.nodeCount;
  }

  /**
   * Applies one edit's changes. False when the result is something only a full
   * index describes faithfully (a line naming no node, a repeated id, a line
   * this graph does not hold): the caller then starts over from a full check.
   */
  apply(nodes: readonly NodeChange[], lines: Stretch<PlanEdge>): boolean {
    if (!this.faithful) return false;
    for (const edge of lines.removed) if (!this.removeLine(edge)) return false;
    for (const change of nodes) {
      const current = this.node(change.id);
      if (change.before !== undefined && current !== change.before) return false;
      if (change.before === undefined && (current !== undefined || this.dangling.has(change.id))) return false;
      const i = this.base.indexOf(change.id);
      // A node back to its base version (undo) needs no entry.
      if (i >= 0 && change.after === this.base.node(i)) this.nodes.delete(change.id);
      else this.nodes.set(change.id, change.after ?? null);
    }
    // A node removed without its lines would leave them dangling.
    for (const change of nodes) if (change.after === undefined && this.hasLines(change.id)) return false;
    for (const edge of lines.added) {
      if (this.node(edge.source) === undefined || this.node(edge.target) === undefined) return false;
      // A base line coming back (undo) is the base's again, not a new line.
      const e = this.basePosition(edge);
      if (e !== undefined && this.removed.delete(e)) continue;
      this.added.set(edge, this.arrivals++);
      push(this.addedOut, edge.source, edge);
      push(this.addedIn, edge.target, edge);
    }
    return true;
  }

  private hasLines(id: string): boolean {
    let count = 0;
    const add = (): void => {
      count++;
    };
    this.forEachLine(id, 'out', add);
    this.forEachLine(id, 'in', add);
    return count > 0;
  }

  /** The base position of a line, found among its source's lines of its kind; undefined when the base has no such line. */
  private basePosition(edge: PlanEdge): number | undefined {
    const i = this.base.indexOf(edge.source);
    if (i < 0) return undefined;
    const lists = this.base.from(edge.kind);
    for (let j = 0, count = lists.count(i); j < count; j++) {
      const e = lists.at(i, j);
      if (this.base.edge(e) === edge) return e;
    }
    return undefined;
  }

  private removeLine(edge: PlanEdge): boolean {
    if (this.added.delete(edge)) {
      drop(this.addedOut, edge.source, edge);
      drop(this.addedIn, edge.target, edge);
      return true;
    }
    const e = this.basePosition(edge);
    // A dangling base line is in no list: a full check sorts it out.
    if (e === undefined || this.removed.has(e)) return false;
    this.removed.add(e);
    return true;
  }
}

function push(map: Map<string, PlanEdge[]>, id: string, edge: PlanEdge): void {
  const list = map.get(id);
  if (list === undefined) map.set(id, [edge]);
  else list.push(edge);
}

function drop(map: Map<string, PlanEdge[]>, id: string, edge: PlanEdge): void {
  const list = map.get(id);
  if (list === undefined) return;
  const at = list.indexOf(edge);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) map.delete(id);
}
