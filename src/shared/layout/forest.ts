/**
 * The tree the layout draws: every node gets at most one parent, chosen only
 * by ids so the result does not depend on the order of nodes or edges.
 * - person (pm, po, person): its manager, the target of its `reports-to` edge
 *   with the smallest edge id (person → person only; `dotted-line` never counts);
 * - team: its PO member with the smallest id, else its member with the smallest id;
 * - stakeholder: the engaging node with the smallest id.
 * Anything else, including wrong-kind edges, shapes nothing. Cycles are cut at
 * their smallest-id node, which becomes a root.
 */
import { isPersonKind, type NodeKind, type Plan } from '../model/types';

export interface LayoutForest {
  /** Node ids; an index into this array names a node. Later duplicates of an id are left out. */
  readonly ids: readonly string[];
  /** Parent index, or -1 for a root. */
  readonly parent: Int32Array;
  /** Children of each node, people then teams then stakeholders, then by id. */
  readonly children: readonly (readonly number[])[];
  /** Roots in the same order as children. */
  readonly roots: readonly number[];
  /** Kind of each node, by index. */
  readonly kinds: readonly NodeKind[];
}

/** People first, then teams, then stakeholders: the sibling order on the canvas. */
function group(kind: NodeKind): number {
  return kind === 'team' ? 1 : kind === 'stakeholder' ? 2 : 0;
}

function chooseParents(plan: Plan, index: ReadonlyMap<string, number>, kinds: readonly NodeKind[]): Int32Array {
  const n = kinds.length;
  const parent = new Int32Array(n).fill(-1);
  // The key that won so far for each node; the smallest key wins. Teams prefix it so PO members beat others.
  const bestKey: (string | undefined)[] = new Array<string | undefined>(n);
  const offer = (child: number, candidate: number, key: string): void => {
    const best = bestKey[child];
    if (child === candidate || (best !== undefined && best <= key)) return;
    bestKey[child] = key;
    parent[child] = candidate;
  };
  for (const edge of plan.edges) {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const sourceKind = kinds[source] as NodeKind;
    const targetKind = kinds[target] as NodeKind;
    if (edge.kind === 'reports-to') {
      if (isPersonKind(sourceKind) && isPersonKind(targetKind)) offer(source, target, edge.id);
    } else if (edge.kind === 'member-of') {
      if (targetKind === 'team') offer(target, source, `${sourceKind === 'po' ? 0 : 1}${edge.source}`);
    } else if (edge.kind === 'engages') {
      if (targetKind === 'stakeholder') offer(target, source, edge.source);
    }
  }
  return parent;
}

/**
 * Each node has at most one parent, so every cycle is a simple loop reached by
 * following parents; one walk per unvisited node finds them all in linear time.
 */
function cutCycles(parent: Int32Array, ids: readonly string[]): void {
  const stamp = new Int32Array(parent.length); // 0: unvisited; else 1 + the walk that visited it
  for (let start = 0; start < parent.length; start++) {
    if (stamp[start] !== 0) continue;
    const walk = start + 1;
    let v = start;
    while (v !== -1 && stamp[v] === 0) {
      stamp[v] = walk;
      v = parent[v] as number;
    }
    if (v === -1 || stamp[v] !== walk) continue; // reached a root or an earlier walk: no new cycle
    let smallest = v;
    for (let u = parent[v] as number; u !== v; u = parent[u] as number) {
      if ((ids[u] as string) < (ids[smallest] as string)) smallest = u;
    }
    parent[smallest] = -1;
  }
}

export function buildLayoutForest(plan: Plan): LayoutForest {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const kinds: NodeKind[] = [];
  for (const node of plan.nodes) {
    if (index.has(node.id)) continue;
    index.set(node.id, ids.length);
    ids.push(node.id);
    kinds.push(node.kind);
  }
  const parent = chooseParents(plan, index, kinds);
  cutCycles(parent, ids);

  const children: number[][] = ids.map(() => []);
  const roots: number[] = [];
  for (let v = 0; v < ids.length; v++) {
    const p = parent[v] as number;
    (p === -1 ? roots : (children[p] as number[])).push(v);
  }
  const order = (a: number, b: number): number => {
    const byGroup = group(kinds[a] as NodeKind) - group(kinds[b] as NodeKind);
    if (byGroup !== 0) return byGroup;
    const idA = ids[a] as string;
    const idB = ids[b] as string;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
  roots.sort(order);
  for (const list of children) if (list.length > 1) list.sort(order);
  return { ids, parent, children, roots, kinds };
}
