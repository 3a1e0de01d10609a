/**
 * The plan's one graph index: the typed tables by position (ByPosition, for
 * the rules) with a plain API by id on top, for the editor, the quick fixes
 * and the UI. Lists come back in plan order, as fresh arrays.
 *
 * "Solid reporting line" below means a `reports-to` edge between two people,
 * the hierarchy the editor shows; the rules reason about every `reports-to`
 * edge and report the ones joining wrong kinds (edge-endpoints).
 */
import { EDGE_KINDS, type EdgeKind, type PlanEdge, type PlanNode } from '../model/types';
import type { EdgeLists } from './adjacency';
import { ByPosition } from './by-position';
import { buildTables } from './tables';

/** Read-only look-up by id, without a Map of its own: the index's id → position map serves it. */
export interface ByIdLookup<T> {
  get(id: string): T | undefined;
  has(id: string): boolean;
}

const NONE: readonly PlanEdge[] = Object.freeze([]);

export class GraphIndex extends ByPosition {
  /**
   * An empty index that lives as long as the module. V8 reaches the hidden
   * classes of an object's fields only weakly: when no index is alive during
   * a garbage collection they are dropped, and every optimized rule loop that
   * relied on them is thrown away and recompiled on the next check (measured:
   * about twice as slow at 100,000 nodes). One living instance keeps them.
   */
  static readonly EMPTY: GraphIndex = new GraphIndex([], [], buildTables([], []));

  readonly nodeById: ByIdLookup<PlanNode> = {
    get: (id) => {
      const i = this.positions.get(id);
      return i === undefined ? undefined : this.node(i);
    },
    has: (id) => this.positions.has(id),
  };

  readonly edgeById: ByIdLookup<PlanEdge> = {
    get: (id) => {
      const e = this.edgePositions().get(id);
      return e === undefined ? undefined : this.edge(e);
    },
    has: (id) => this.edgePositions().has(id),
  };

  /** Edge id → position; of duplicate ids the last edge wins, as a Map built in plan order did. */
  private edgePositions(): Map<string, number> {
    const shared = this.tables.edgePositions;
    if (shared.map === undefined) {
      const map = new Map<string, number>();
      for (let e = 0; e < this.edges.length; e++) map.set(this.edge(e).id, e);
      shared.map = map;
    }
    return shared.map;
  }

  /** The edges of `lists` at node `id` whose far end passes `keep`, as edge objects. */
  private linesAt(lists: EdgeLists, id: string, keep?: (far: number, near: number) => boolean): readonly PlanEdge[] {
    const i = this.indexOf(id);
    const count = i < 0 ? 0 : lists.count(i);
    if (count === 0) return NONE;
    const out: PlanEdge[] = [];
    for (let k = 0; k < count; k++) {
      if (keep === undefined || keep(lists.farEnd(i, k), i)) out.push(this.edge(lists.at(i, k)));
    }
    return out;
  }

  private readonly bothPeople = (far: number, near: number): boolean => this.isPerson(far) && this.isPerson(near);

  /** Every edge of this kind leaving `id` (self-loops included). */
  linesFrom(kind: EdgeKind, id: string): readonly PlanEdge[] {
    return this.linesAt(this.from(kind), id);
  }

  /** Every edge of this kind arriving at `id` (self-loops included). */
  linesInto(kind: EdgeKind, id: string): readonly PlanEdge[] {
    return this.linesAt(this.into(kind), id);
  }

  /** The person's solid reporting lines up to their manager(s): normally at most one. */
  managerLines(id: string): readonly PlanEdge[] {
    return this.linesAt(this.from('reports-to'), id, this.bothPeople);
  }

  /** The solid reporting lines from a person's direct reports. */
  reportLines(id: string): readonly PlanEdge[] {
    return this.linesAt(this.into('reports-to'), id, this.bothPeople);
  }

  /**
   * Every `reports-to` edge leaving the node, whatever the kinds of its ends
   * (self-loops aside): what `no-reporting-cycles` follows, so cycle checks
   * before an edit must follow it too.
   */
  reportsToLines(id: string): readonly PlanEdge[] {
    return this.linesAt(this.from('reports-to'), id, (far, near) => far !== near);
  }

  /** The person's dotted lines (secondary reporting). */
  dottedLines(id: string): readonly PlanEdge[] {
    return this.linesFrom('dotted-line', id);
  }

  /** The person's manager: the target of their first solid reporting line. */
  managerOf(id: string): string | undefined {
    return this.managerLines(id)[0]?.target;
  }

  /** Ids of the people who report directly to `id`. */
  directReports(id: string): string[] {
    return this.reportLines(id).map((edge) => edge.source);
  }

  /** The nodes with a `member-of` line to the team, one entry per line. */
  teamMembers(teamId: string): PlanNode[] {
    return this.linesInto('member-of', teamId).map((edge) => this.nodeById.get(edge.source) as PlanNode);
  }

  /** The nodes a person has an `engages` line to, one entry per line. */
  stakeholdersEngaged(personId: string): PlanNode[] {
    return this.linesFrom('engages', personId).map((edge) => this.nodeById.get(edge.target) as PlanNode);
  }

  /** Every edge touching the node, of any kind, either way, in plan order; a self-loop once. */
  edgesAt(id: string): readonly PlanEdge[] {
    const i = this.indexOf(id);
    if (i < 0) return NONE;
    const found: number[] = [];
    for (const kind of EDGE_KINDS) {
      const out = this.from(kind);
      for (let k = 0, count = out.count(i); k < count; k++) found.push(out.at(i, k));
      const into = this.into(kind);
      for (let k = 0, count = into.count(i); k < count; k++) if (into.farEnd(i, k) !== i) found.push(into.at(i, k));
    }
    if (found.length === 0) return NONE;
    return found.sort((a, b) => a - b).map((e) => this.edge(e));
  }
}
