/** The viewport moves commands make, over React Flow's instance and its store (for the canvas size). */
import type { ReactFlowInstance, useStoreApi } from '@xyflow/react';
import type { Position } from '@shared/model/types';
import { VIEW_ANIMATION } from '../ui/view-animation';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import type { CanvasView } from './command-types';

export type FlowStoreApi = ReturnType<typeof useStoreApi<FlowNode, FlowEdge>>;

/**
 * Above this many cards a fit jumps instead of animating: every frame of the animation shows a different set of
 * cards, so React Flow mounts and lays out cards for a quarter of a second before the plan is usable (on opening
 * org-1516 that was most of the open's cost over bare React Flow, whose fitView jumps).
 */
export const ANIMATED_FIT_MAX_NODES = 300;

export function createCanvasView(flow: ReactFlowInstance<FlowNode, FlowEdge>, flowStore: FlowStoreApi): CanvasView {
  const fit = (): void => {
    const animate = flowStore.getState().nodes.length <= ANIMATED_FIT_MAX_NODES;
    void flow.fitView({ ...(animate && VIEW_ANIMATION), padding: 0.12 });
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
