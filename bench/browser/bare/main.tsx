/**
 * The benchmark's baseline: React Flow with the default node type and nothing
 * else (no custom nodes, background, minimap, controls or editor store), in
 * the standard controlled pattern (state + applyNodeChanges). It mirrors only
 * what changes React Flow's own work: the zoom limits and, above 300 nodes,
 * rendering only the visible elements, like the app's canvas. React Flow is
 * mounted (empty) before the plan arrives, as the app's canvas is; the bench
 * sizes the pane like the app's (`__bareSetup`, or `?w=&h=` in the URL for a
 * cold navigation) and then hands over the plan with `__bareLoad` (nodes with
 * the app's card sizes and declared handles, edges, and a view or 'fit': a
 * jump to the whole plan, as bare React Flow's fitView does).
 * `__bareArmRename(id, name)` makes the next Enter key rename that node's
 * label, the bare counterpart of the app's in-place rename.
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
  readonly view: BareView | 'fit';
}

declare global {
  interface Window {
    __bareSetup?: (width: number, height: number) => void;
    __bareLoad?: (plan: BarePlan) => void;
    __bareSetView?: (view: BareView) => void;
    __bareArmRename?: (id: string, name: string) => void;
  }
}

const VISIBLE_ONLY_THRESHOLD = 300;
/** The app's limits (src/renderer/src/canvas/Canvas.tsx MIN_ZOOM), so a fit lands on the same zoom. */
const MIN_ZOOM = 0.03;
const FIT_PADDING = 0.12;

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
    const view = plan.view;
    if (view === 'fit') {
      // Queued by React Flow until the new nodes are in its store, then applied at once.
      void flow.fitView({ padding: FIT_PADDING });
    } else setView(view);
    setNodes(plan.nodes);
    setEdges(plan.edges);
  };
  window.__bareArmRename = (id, name) => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey);
      setNodes((current) => current.map((node) => (node.id === id ? { ...node, data: { label: name } } : node)));
    };
    window.addEventListener('keydown', onKey);
  };
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      minZoom={MIN_ZOOM}
      maxZoom={2.5}
      onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_THRESHOLD}
    />
  );
}

/** The pane's size: `?w=&h=` when the bench navigates here cold, else the window until `__bareSetup`. */
function initialSize(): { width: number; height: number } {
  const query = new URLSearchParams(window.location.search);
  const width = Number(query.get('w') ?? window.innerWidth);
  const height = Number(query.get('h') ?? window.innerHeight);
  return { width, height };
}

function Bare() {
  const [size, setSize] = useState(initialSize);
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
