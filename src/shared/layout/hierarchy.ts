/**
 * Builds the d3 hierarchy for `tree()` from a LayoutForest, without d3's
 * `hierarchy(data, children)`: that one computes `height` by walking up from
 * every node, which is quadratic on deep chains (100,000 nested reports took
 * about 14 s). Here nodes are made one at a time with `hierarchy(datum, none)`
 * (a lone node, constant time) and linked by an explicit stack, so building
 * is linear and never recursive. `height` is left at 0: `tree()` does not use it.
 */
import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import type { LayoutForest } from './forest';

/** The datum of the node that holds the forest's roots side by side; never drawn. */
export const VIRTUAL_ROOT = -1;

const noChildren = (): null => null;

/** A d3 hierarchy whose data are forest indexes, under a VIRTUAL_ROOT node. */
export function forestHierarchy(forest: LayoutForest): HierarchyNode<number> {
  const root = hierarchy<number>(VIRTUAL_ROOT, noChildren);
  const stack: HierarchyNode<number>[] = [root];
  for (let parent = stack.pop(); parent !== undefined; parent = stack.pop()) {
    const list = parent.data === VIRTUAL_ROOT ? forest.roots : forest.children[parent.data];
    if (list === undefined || list.length === 0) continue;
    const depth = parent.depth + 1;
    const children = new Array<HierarchyNode<number>>(list.length);
    for (let i = 0; i < list.length; i++) {
      const child = hierarchy<number>(list[i] as number, noChildren);
      child.parent = parent;
      (child as { depth: number }).depth = depth; // readonly in the typings; d3 itself assigns it the same way
      children[i] = child;
      stack.push(child);
    }
    parent.children = children;
  }
  return root;
}
