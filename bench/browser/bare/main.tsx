/**
 * The benchmark's baseline: React Flow with the default node type and nothing
 * else (no custom nodes, background, minimap, controls or editor store), in
 * the standard controlled pattern (state + applyNodeChanges). It mirrors only
 * what changes React Flow's own work: the zoom limits and, above 300 nodes,
 * rendering only the visible elements, like the app's canvas. React Flow is
 * mounted (empty) before the plan arrives, as the app's canvas is; the bench
 * sizes the pane like the app's (`__bareSetup`) and then hands over the plan
 * with `__bareLoad` (nodes with the app's card sizes, edges, and the view).
 */
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  applyEdgeChanges,
  applyNodeChanges,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

/** The flow point shown at the centre of the pane, and the zoom. */
export interface BareView {
  readonly centerX: number;
  readonly centerY: number;
  readonly zoom: number;
}

export interface BarePlan {
  readonly nodes: Node[];
  readonly edges: Edge[];
  readonly view: BareView;
}

declare global {
  interface Window {
    __bareSetup?: (width: number, height: number) => void;
    __bareLoad?: (plan: BarePlan) => void;
    __bareSetView?: (view: BareView) => void;
  }
}

const VISIBLE_ONLY_THRESHOLD = 300;

function Flow({ width, height }: { width: number; height: number }) {
  const flow = useReactFlow();
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const onNodesChange = useCallback((changes: NodeChange[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    setEdges((current) => applyEdgeChanges(changes, current));
  }, []);
  const setView = (view: BareView): void => {
    void flow.setViewport({
      x: width / 2 - view.centerX * view.zoom,
      y: height / 2 - view.centerY * view.zoom,
      zoom: view.zoom,
    });
  };
  window.__bareSetView = setView;
  window.__bareLoad = (plan) => {
    setView(plan.view);
    setNodes(plan.nodes);
    setEdges(plan.edges);
  };
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      minZoom={0.05}
      maxZoom={2.5}
      onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_THRESHOLD}
    />
  );
}

function Bare() {
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight });
  window.__bareSetup = (width, height) => {
    setSize({ width, height });
  };
  return (
    <div style={{ width: size.width, height: size.height }}>
      <ReactFlowProvider>
        <Flow width={size.width} height={size.height} />
      </ReactFlowProvider>
    </div>
  );
}

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<Bare />);
