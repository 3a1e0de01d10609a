/** The viewport moves commands make, over React Flow's instance and its store (for the canvas size). */
import type { ReactFlowInstance, useStoreApi } from '@xyflow/react';
import type { Position } from '@shared/model/types';
import { fitViewport, sameViewport, type FitInput, type Viewport } from '@shared/view/fit-viewport';
import { VIEW_ANIMATION } from '../ui/view-animation';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import type { Rect } from '../canvas/overview/plan-bounds';
import type { CanvasView } from './command-types';

export type FlowStoreApi = ReturnType<typeof useStoreApi<FlowNode, FlowEdge>>;

/** As the canvas's own fit on opening (Canvas.tsx FIT_VIEW_OPTIONS). */
const FIT_PADDING = 0.12;
/** How long a panel's fold may take to resize the canvas before a pending refit is given up. */
const RESIZE_WAIT_MS = 1000;

/** The minimap's box measured from the canvas's bottom-right corner, if it is shown. */
function minimapCorner(root: HTMLElement | null): FitInput['corner'] {
  const minimap = root?.querySelector('.op-minimap');
  if (root == null || minimap == null) return undefined;
  const canvas = root.getBoundingClientRect();
  const box = minimap.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return undefined;
  return { width: canvas.right - box.left, height: canvas.bottom - box.top };
}

/**
 * Above this many cards a fit jumps instead of animating: every frame of the animation shows a different set of
 * cards, so React Flow mounts and lays out cards for a quarter of a second before the plan is usable (on opening
 * org-1516 that was most of the open's cost over bare React Flow, whose fitView jumps). The whole-org overview
 * (canvas/overview) leaves React Flow no cards, so its fits animate cheaply.
 */
export const ANIMATED_FIT_MAX_NODES = 300;

/** `cardBounds`: the plan's cards' box, which Fit view frames while the whole-org overview leaves React Flow no nodes. */
export function createCanvasView(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  flowStore: FlowStoreApi,
  cardBounds: () => Rect | null = () => null,
): CanvasView {
  const fitInput = (withCorner: boolean): FitInput => {
    const { width, height, minZoom, maxZoom, domNode, nodeLookup } = flowStore.getState();
    const overviewBounds = nodeLookup.size === 0 ? cardBounds() : null;
    const cards =
      overviewBounds !== null
        ? [overviewBounds]
        : flow.getNodes().map((node) => ({
            x: node.position.x,
            y: node.position.y,
            width: node.measured?.width ?? node.width ?? 0,
            height: node.measured?.height ?? node.height ?? 0,
          }));
    const corner = withCorner ? minimapCorner(domNode) : undefined;
    return { cards, width, height, minZoom, maxZoom, padding: FIT_PADDING, corner };
  };
  const fit = (): void => {
    const target = fitViewport(fitInput(true));
    const animate = flowStore.getState().nodes.length <= ANIMATED_FIT_MAX_NODES;
    if (target !== undefined) void flow.setViewport(target, animate ? VIEW_ANIMATION : undefined);
  };
  /** The view is as a fit left it: ours (clear of the minimap) or React Flow's plain fit on opening. */
  const isFitted = (): boolean => {
    const [x, y, zoom] = flowStore.getState().transform;
    const current: Viewport = { x, y, zoom };
    return [fitViewport(fitInput(true)), fitViewport(fitInput(false))].some(
      (target) => target !== undefined && sameViewport(current, target),
    );
  };
  return {
    flow,
    isFitted,
    refitWhenResized: () => {
      const { width, height } = flowStore.getState();
      const stop = (): void => {
        clearTimeout(timer);
        unsubscribe();
      };
      const unsubscribe = flowStore.subscribe((state) => {
        if (state.width === width && state.height === height) return;
        stop();
        // A frame later the minimap has its size for the new canvas (container queries).
        requestAnimationFrame(fit);
      });
      const timer = setTimeout(stop, RESIZE_WAIT_MS);
    },
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

/**
 * Runs a change that resizes the canvas (a side panel folding, the problems panel opening or closing) and fits the
 * view again to the new room if it was as its last fit left it; a view the user panned or zoomed stays.
 */
export function keepingFit(view: CanvasView, change: () => void): void {
  // Asked before the change: afterwards the canvas may already have its new size.
  const fitted = view.isFitted();
  change();
  if (fitted) view.refitWhenResized();
}
