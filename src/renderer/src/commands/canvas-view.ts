/** The viewport moves commands make, over React Flow's instance and its store (for the canvas size). */
import type { ReactFlowInstance, useStoreApi } from '@xyflow/react';
import type { Position } from '@shared/model/types';
import { VIEW_ANIMATION } from '../ui/view-animation';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import type { Rect } from '../canvas/overview/plan-bounds';
import type { CanvasView } from './command-types';

export type FlowStoreApi = ReturnType<typeof useStoreApi<FlowNode, FlowEdge>>;

/** `cardBounds`: the plan's cards' box, which Fit view frames while the whole-org overview leaves React Flow no nodes. */
export function createCanvasView(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  flowStore: FlowStoreApi,
  cardBounds: () => Rect | null = () => null,
): CanvasView {
  const fit = (): void => {
    const bounds = flowStore.getState().nodeLookup.size === 0 ? cardBounds() : null;
    if (bounds !== null) void flow.fitBounds(bounds, { ...VIEW_ANIMATION, padding: 0.12 });
    else void flow.fitView({ ...VIEW_ANIMATION, padding: 0.12 });
  };
  return {
    flow,
    centre: (): Position => {
      const { width, height, transform } = flowStore.getState();
      const [tx, ty, zoom] = transform;
      return { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom };
    },
    fit,
    fitSoon: () => {
      // Let React Flow receive the new nodes first.
      requestAnimationFrame(fit);
    },
    resetForBlank: () => {
      const { width, height } = flowStore.getState();
      // No animation: the next palette click must already see the new viewport.
      void flow.setViewport({ x: width / 2, y: height / 3, zoom: 1 });
    },
  };
}
