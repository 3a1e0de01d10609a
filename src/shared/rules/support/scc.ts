/**
 * Strongly connected components of the reports-to graph, by Tarjan's
 * algorithm written with an explicit stack: a 100,000-deep reporting chain
 * must not overflow the call stack. Linear in nodes + edges.
 */
import type { GraphIndex } from '../../graph';

export interface Components {
  /** Per node: the number of its component in `cyclic`, or -1 when it is in no cycle. */
  componentOf: Int32Array;
  /** Components of two or more nodes, each a list of node positions. Self-loops are not cycles here. */
  cyclic: number[][];
}

export function reportingComponents(index: GraphIndex): Components {
  const n = index.nodeCount;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const frameNode = new Int32Array(n);
  const frameEdge = new Int32Array(n);
  const componentOf = new Int32Array(n).fill(-1);
  const cyclic: number[][] = [];
  const managers = index.from('reports-to');
  let sp = 0;
  let fp = 0;
  let counter = 0;

  for (let root = 0; root < n; root++) {
    // A node without a manager is in no cycle; if someone reports to it, it is visited from them.
    if (order[root] !== -1 || managers.count(root) === 0) continue;
    order[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    frameNode[fp] = root;
    frameEdge[fp++] = 0;
    while (fp > 0) {
      const v = frameNode[fp - 1] ?? 0;
      const k = frameEdge[fp - 1] ?? 0;
      if (k < managers.count(v)) {
        frameEdge[fp - 1] = k + 1;
        const w = managers.farEnd(v, k);
        if (w === v) continue;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          frameNode[fp] = w;
          frameEdge[fp++] = 0;
        } else if (onStack[w] === 1) {
          low[v] = Math.min(low[v] ?? 0, order[w] ?? 0);
        }
        continue;
      }
      // All of v's managers are done: pass its low link up, and close its component if it is the root.
      fp--;
      const lowV = low[v] ?? 0;
      if (fp > 0) {
        const parent = frameNode[fp - 1] ?? 0;
        low[parent] = Math.min(low[parent] ?? 0, lowV);
      }
      if (lowV !== order[v]) continue;
      if (stack[sp - 1] === v) {
        // A component of one node, by far the most common: no allocation.
        onStack[v] = 0;
        sp--;
        continue;
      }
      const members: number[] = [];
      let w: number;
      do {
        w = stack[--sp] ?? 0;
        onStack[w] = 0;
        members.push(w);
      } while (w !== v);
      for (const m of members) componentOf[m] = cyclic.length;
      cyclic.push(members);
    }
  }
  return { componentOf, cyclic };
}
