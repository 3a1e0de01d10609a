/**
 * The box around the cards the canvas shows (collapsed managers' reports left out), in canvas coordinates: what
 * Fit view frames while the overview has taken React Flow's nodes away, the same box React Flow's own fit uses.
 */
import type { Plan } from '@shared/model/types';
import { nodeSize } from '@shared/view/card-size';
import { hiddenNodes } from '@shared/view/hidden-nodes';
import type { EditorStore } from '../../store/create-store';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function planBounds(plan: Plan, collapsed: ReadonlySet<string>): Rect | null {
  const hidden = hiddenNodes(plan, collapsed);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of plan.nodes) {
    if (hidden.has(node.id)) continue;
    const { x, y } = node.position ?? { x: 0, y: 0 };
    const { width, height } = nodeSize(node.kind);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + width);
    maxY = Math.max(maxY, y + height);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The store's current plan's box, for commands/canvas-view.ts (which may not import the canvas). */
export function cardBoundsOf(store: EditorStore): () => Rect | null {
  return () => planBounds(store.getState().plan, store.getState().ui.collapsed);
}
