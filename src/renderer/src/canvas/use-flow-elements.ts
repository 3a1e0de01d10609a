/** The canvas's nodes and edges, derived from the store with memoisation (see derive.ts). */
import { useMemo, useState } from 'react';
import { useCompareCanvas } from '../compare/use-compare-canvas';
import { useProblemMarkers } from '../problems/violations';
import { hiddenNodes } from '@shared/view/hidden-nodes';
import { useEditor } from '../store/hooks';
import { createNodeDeriver } from './derive';
import { createEdgeDeriver } from './derive-edges';
import { createRouteCache } from './edges/route-cache';
import type { FlowEdge, FlowNode } from './flow-types';

/** Nodes folded away by collapsed managers. */
function useHiddenNodes(): ReadonlySet<string> {
  const plan = useEditor((s) => s.plan);
  const collapsed = useEditor((s) => s.ui.collapsed);
  return hiddenNodes(plan, collapsed);
}

export function useFlowElements(): { nodes: FlowNode[]; edges: FlowEdge[]; hidden: ReadonlySet<string> } {
  const plan = useEditor((s) => s.plan);
  const selectedNodes = useEditor((s) => s.selection.nodes);
  const selectedEdges = useEditor((s) => s.selection.edges);
  const dragPositions = useEditor((s) => s.ui.dragPositions);
  const highlight = useEditor((s) => s.ui.highlight);
  const hidden = useHiddenNodes();
  const markers = useProblemMarkers();
  const compare = useCompareCanvas();
  const [deriveNodes] = useState(createNodeDeriver);
  const [deriveEdges] = useState(createEdgeDeriver);
  const [routeLines] = useState(createRouteCache);
  const routes = useMemo(() => routeLines(plan, hidden), [routeLines, plan, hidden]);
  const planNodes = useMemo(
    () => deriveNodes(plan, selectedNodes, dragPositions, hidden, markers, compare?.marks),
    [deriveNodes, plan, selectedNodes, dragPositions, hidden, markers, compare],
  );
  // Ghosts of removed nodes come last: React Flow draws them under the plan's cards (zIndex -1) all the same.
  const nodes = useMemo(
    () => (compare === null || compare.ghosts.length === 0 ? planNodes : [...planNodes, ...compare.ghosts]),
    [planNodes, compare],
  );
  const edges = useMemo(
    () => deriveEdges(plan, selectedEdges, dragPositions, hidden, highlight, markers, routes),
    [deriveEdges, plan, selectedEdges, dragPositions, hidden, highlight, markers, routes],
  );
  return { nodes, edges, hidden };
}
