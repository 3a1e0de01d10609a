/** The viewport moves commands make, over React Flow's instance and its store (for the canvas size). */
import type { ReactFlowInstance, useStoreApi } from '@xyflow/react';
import type { Position } from '@shared/model/types';
import { VIEW_ANIMATION } from '../ui/view-animation';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import type { CanvasView } from './command-types';

export type FlowStoreApi = ReturnType<typeof useStoreApi<FlowNode, FlowEdge>>;

export function createCanvasView(flow: ReactFlowInstance<FlowNode, FlowEdge>, flowStore: FlowStoreApi): CanvasView {
  const fit = (): void => {
    void flow.fitView({ ...VIEW_ANIMATION, padding: 0.12 });
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
