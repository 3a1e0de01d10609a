import { describe, expect, it, vi } from 'vitest';
import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../../src/renderer/src/canvas/flow-types';
import {
  ANIMATED_FIT_MAX_NODES,
  createCanvasView,
  type FlowStoreApi,
} from '../../src/renderer/src/commands/canvas-view';

/** A fit on a canvas holding `count` cards in a row: the viewport and options setViewport was called with. */
function fitCall(
  count: number,
  cardBounds?: () => { x: number; y: number; width: number; height: number } | null,
): unknown[] | undefined {
  const setViewport = vi.fn(() => Promise.resolve(true));
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: String(i),
    position: { x: i * 200, y: 0 },
    measured: { width: 180, height: 80 },
  }));
  const flow = { setViewport, getNodes: () => nodes } as unknown as ReactFlowInstance<FlowNode, FlowEdge>;
  const state = {
    nodes,
    nodeLookup: new Map(nodes.map((node) => [node.id, node])),
    width: 800,
    height: 600,
    minZoom: 0.03,
    maxZoom: 2,
    domNode: null,
    transform: [0, 0, 1],
  };
  const flowStore = { getState: () => state };
  createCanvasView(flow, flowStore as unknown as FlowStoreApi, cardBounds).fit();
  return setViewport.mock.calls[0];
}

describe('fit view', () => {
  it('animates on small plans', () => {
    expect(fitCall(ANIMATED_FIT_MAX_NODES)?.[1]).toMatchObject({ duration: 250 });
  });

  it('jumps on large plans instead of animating through hundreds of mounts (it animated at any size before)', () => {
    const call = fitCall(ANIMATED_FIT_MAX_NODES + 1);
    expect(call?.[0]).toMatchObject({ zoom: expect.any(Number) as number });
    expect(call?.[1]).toBeUndefined();
  });

  it('frames the whole plan while React Flow holds only the cards around the view (it framed those cards before)', () => {
    // Two cards mounted (0–380 px wide) of a plan 4,000 px wide: the fit must zoom out to the plan, not the two.
    const partial = fitCall(2, () => ({ x: 0, y: 0, width: 4000, height: 80 }))?.[0] as { zoom: number };
    const mountedOnly = fitCall(2)?.[0] as { zoom: number };
    expect(partial.zoom).toBeLessThan(800 / 4000);
    expect(mountedOnly.zoom).toBeGreaterThan(1);
  });
});
