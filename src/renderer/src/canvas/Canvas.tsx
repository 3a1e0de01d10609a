/**
 * The canvas: a controlled React Flow whose nodes and edges are derived from
 * the plan. Custom nodes are memoised and their types defined at module
 * scope; large plans render only what is in view.
 */
import { useCallback, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type FinalConnectionState,
  type MiniMapNodeProps,
  type ReactFlowState,
} from '@xyflow/react';
import { commandForKey, isCanvasCommand } from '@shared/commands/bindings';
import { GRID_SIZE } from '../actions/snap';
import { useCommands } from '../commands/context';
import { IS_MAC } from '../commands/platform-keys';
import { isEditableTarget } from '../commands/use-shortcuts';
import { PALETTE_MIME, paletteItem } from '../palette/palette-items';
import { useEditorStore } from '../store/context';
import { useMinimapShown, useSettings } from '../store/hooks';
import { cx } from '../ui/cx';
import { ArrowMarkers } from './ArrowMarkers';
import { ConnectingContext } from './connecting-context';
import { ConnectionHint } from './ConnectionHint';
import { ConnectionLine } from './ConnectionLine';
import { DropHint } from './DropHint';
import { EmptyState } from './EmptyState';
import type { FlowEdge, FlowNode } from './flow-types';
import { createFlowHandlers } from './handlers';
import { EDGE_TYPES } from './edges/edge-types';
import { NODE_TYPES } from './nodes/node-types';
import { OverviewLayer } from './overview/OverviewLayer';
import { useWholeOrgOverview } from './overview/use-whole-org-overview';
import { useFlowElements } from './use-flow-elements';
import { ViewControls } from './ViewControls';

/** Above this many nodes only the cards in view are rendered. */
const VISIBLE_ONLY_THRESHOLD = 300;
const SNAP_GRID: [number, number] = [GRID_SIZE, GRID_SIZE];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const FIT_VIEW_OPTIONS = { padding: 0.12 };
/**
 * Low enough that Fit view shows a real organisation whole: org-1516 in the compact layout (13,840 × 12,728) fits a
 * 1440 × 900 window at 5.8% and a 1024 × 700 one at about 3.5%; at 5% the fit stopped short on small windows.
 */
const MIN_ZOOM = 0.03;
/**
 * Below this zoom the cards are drawn as plain coloured boxes (semantic zoom): their text, icons, handles and
 * problem markers are hidden by CSS (`.is-overview` in nodes.css), switched by one selector for the whole canvas
 * so the memoised cards never re-render for it. Above the example plan's opening zoom (0.296), so the article's
 * example still opens readable.
 */
const OVERVIEW_ZOOM = 0.25;
/** What a screen reader says on a focused card: React Flow's default says the arrow keys move it, which they no longer do. */
const CARD_KEYS =
  'Press Enter or Space to select this card. The arrow keys go to the nearest card that way; Shift with an arrow key ' +
  'moves the selected cards. Press Delete to remove them, Escape to deselect.';
const ARIA_LABELS = {
  'node.a11yDescription.default': CARD_KEYS,
  'node.a11yDescription.keyboardDisabled': CARD_KEYS,
};
const isOverview = (s: ReactFlowState): boolean => s.transform[2] < OVERVIEW_ZOOM;

function minimapClass(node: FlowNode): string {
  const scope = node.data.node.scope === 'external' ? ' is-external' : '';
  return `op-minimap-node op-minimap-node--${node.type}${scope}`;
}

function MinimapNode({ x, y, width, height, className, selected }: MiniMapNodeProps) {
  return (
    <rect x={x} y={y} width={width} height={height} rx={16} className={cx(className, selected && 'is-selected')} />
  );
}

export function Canvas({ colorMode }: { colorMode: 'light' | 'dark' }) {
  const store = useEditorStore();
  const handlers = useMemo(() => createFlowHandlers(store), [store]);
  const { nodes, edges } = useFlowElements();
  // Large plans zoomed out: one canvas draws the whole org and React Flow gets no elements (overview/).
  const wholeOrg = useWholeOrgOverview(nodes, edges);
  const settings = useSettings();
  const minimap = useMinimapShown();
  const overview = useStore(isOverview);
  const commands = useCommands();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [connecting, setConnecting] = useState(false);
  const onConnectStart = useCallback(() => {
    setConnecting(true);
  }, []);
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      setConnecting(false);
      handlers.onConnectEnd(event, state);
    },
    [handlers],
  );

  /**
   * The arrow keys (focus the nearest card; with Shift, nudge the selection) run here, before React Flow's own
   * handler on the focused card, which would move the selected cards instead; the window's shortcut handler leaves
   * them alone so they keep their meaning in lists and menus.
   */
  function onKeyDownCapture(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.nativeEvent.isComposing) return;
    const id = commandForKey(event, IS_MAC, isEditableTarget(event.target), true);
    if (id === undefined || !isCanvasCommand(id)) return;
    event.preventDefault();
    event.stopPropagation();
    commands.run(id);
  }

  function onDragOver(event: DragEvent): void {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }

  function onDrop(event: DragEvent): void {
    const item = paletteItem(event.dataTransfer.getData(PALETTE_MIME));
    if (item === undefined) return;
    event.preventDefault();
    commands.addNode(item.spec, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  }

  return (
    <div
      className="op-canvas"
      data-region="canvas"
      tabIndex={-1}
      role="region"
      aria-label="Org chart canvas"
      onKeyDownCapture={onKeyDownCapture}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ArrowMarkers />
      <ConnectingContext value={connecting}>
        <ReactFlow<FlowNode, FlowEdge>
          className={cx('op-flow', connecting && 'is-connecting', overview && 'is-overview')}
          nodes={wholeOrg.nodes}
          edges={wholeOrg.edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={handlers.onNodesChange}
          onEdgesChange={handlers.onEdgesChange}
          onConnect={handlers.onConnect}
          isValidConnection={handlers.isValidConnection}
          onConnectStart={onConnectStart}
          onConnectEnd={onConnectEnd}
          onNodeDoubleClick={handlers.onNodeDoubleClick}
          connectionMode={ConnectionMode.Loose}
          connectionLineComponent={ConnectionLine}
          connectionRadius={24}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          zoomOnDoubleClick={false}
          snapToGrid={settings.snapToGrid}
          snapGrid={SNAP_GRID}
          colorMode={colorMode}
          minZoom={MIN_ZOOM}
          maxZoom={2.5}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_THRESHOLD}
          ariaLabelConfig={ARIA_LABELS}
        >
          {/* In the overview the dots would be 1 px apart: a grey haze that costs a repaint of the pattern every frame. */}
          {!overview && wholeOrg.scene === null && (
            <Background variant={BackgroundVariant.Dots} gap={GRID_SIZE} size={1.4} />
          )}
          {wholeOrg.scene !== null && <OverviewLayer scene={wholeOrg.scene} colorMode={colorMode} />}
          {minimap && wholeOrg.nodes.length > 0 && !wholeOrg.partial && (
            <MiniMap<FlowNode>
              pannable
              zoomable
              nodeClassName={minimapClass}
              nodeComponent={MinimapNode}
              ariaLabel="Minimap"
              className="op-minimap"
            />
          )}
          <ViewControls />
          <DropHint />
          <ConnectionHint />
        </ReactFlow>
      </ConnectingContext>
      <EmptyState />
    </div>
  );
}
