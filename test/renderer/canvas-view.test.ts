import { describe, expect, it, vi } from 'vitest';
import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../../src/renderer/src/canvas/flow-types';
import {
  ANIMATED_FIT_MAX_NODES,
  createCanvasView,
  type FlowStoreApi,
} from '../../src/renderer/src/commands/canvas-view';

/** A fit on a canvas holding `count` cards: the options fitView was called with. */
function fitOptions(count: number): unknown {
  const fitView = vi.fn(() => Promise.resolve(true));
  const flow = { fitView } as unknown as ReactFlowInstance<FlowNode, FlowEdge>;
  const nodes = Array.from({ length: count }, (_, i) => ({ id: String(i) }));
  const flowStore = { getState: () => ({ nodes, width: 800, height: 600, transform: [0, 0, 1] }) };
  createCanvasView(flow, flowStore as unknown as FlowStoreApi).fit();
  return fitView.mock.calls[0]?.[0 as never];
}

describe('fit view', () => {
  it('animates on small plans', () => {
    expect(fitOptions(ANIMATED_FIT_MAX_NODES)).toMatchObject({ duration: 250, padding: 0.12 });
  });

  it('jumps on large plans instead of animating through hundreds of mounts (it animated at any size before)', () => {
    const options = fitOptions(ANIMATED_FIT_MAX_NODES + 1) as Record<string, unknown>;
    expect(options).toEqual({ padding: 0.12 });
  });
});
