/**
 * Canvas.tsx's one hook-in: whether the whole-org overview is shown (threshold.ts, with hysteresis), the scene it
 * draws, and the elements React Flow gets meanwhile: none. With the overview shown React Flow renders no card and
 * no line (its pane still pans and zooms); zooming back in hands it the same derived elements as before, at the
 * same positions and sizes, so the cards replace the boxes where they were drawn.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../flow-types';
import { buildScene, type Scene } from './scene';
import { overviewShown } from './threshold';

const NO_NODES: FlowNode[] = [];
const NO_EDGES: FlowEdge[] = [];

export interface WholeOrgOverview {
  /** The scene to draw, null when React Flow's cards are shown. */
  readonly scene: Scene | null;
  readonly nodes: FlowNode[];
  readonly edges: FlowEdge[];
}

export function useWholeOrgOverview(nodes: FlowNode[], edges: FlowEdge[]): WholeOrgOverview {
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const count = nodes.length;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    // Follows every zoom; setting the same value again re-renders nothing.
    const update = (): void => {
      setShown((was) => overviewShown(was, flowStore.getState().transform[2], count));
    };
    update();
    return flowStore.subscribe(update);
  }, [flowStore, count]);
  const scene = useMemo(() => (shown ? buildScene(nodes, edges) : null), [shown, nodes, edges]);
  return shown ? { scene, nodes: NO_NODES, edges: NO_EDGES } : { scene: null, nodes, edges };
}
