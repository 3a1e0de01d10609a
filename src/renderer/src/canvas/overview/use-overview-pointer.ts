/**
 * The pointer on the overview. The canvas layer lets the pointer through (`pointer-events: none`) so React Flow's
 * pane keeps panning and zooming exactly as over the cards; these listeners on the pane hit-test the same events
 * against the scene's grid. A click selects the card under it (Shift, Ctrl or Cmd adds or removes it), as a click
 * on a card does, or clears the selection on empty canvas; a double click zooms to 100% on the card, where its
 * real card can be edited; hovering names the card in a tooltip. A drag pans, whether it starts on a card or not:
 * moving and connecting cards need the real cards, one double click away.
 */
import { useEffect, useState, type RefObject } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { applySelectChangesAction, type SelectChange } from '../../actions/selection';
import { useEditorStore } from '../../store/context';
import type { EditorStore } from '../../store/create-store';
import { VIEW_ANIMATION } from '../../ui/view-animation';
import type { FlowEdge, FlowNode } from '../flow-types';
import { hitTest } from './grid';
import type { Scene, SceneCard } from './scene';

/** A press that moves further than this (screen pixels) was a pan, not a click. */
const CLICK_SLOP = 4;
/** Double-clicking a card zooms here: its real card, full size. */
const CARD_ZOOM = 1;

export interface Hover {
  readonly card: SceneCard;
  /** Where the pointer entered the card, relative to the canvas (CSS pixels). */
  readonly x: number;
  readonly y: number;
}

function select(store: EditorStore, id: string | null, additive: boolean): void {
  const { selection, dispatch } = store.getState();
  const nodes: SelectChange[] = [];
  const edges: SelectChange[] = [];
  if (!additive) {
    for (const other of selection.nodes) if (other !== id) nodes.push({ id: other, selected: false });
    for (const edge of selection.edges) edges.push({ id: edge, selected: false });
  }
  if (id !== null) nodes.push({ id, selected: !(additive && selection.nodes.has(id)) });
  if (nodes.length > 0 || edges.length > 0) dispatch(applySelectChangesAction, { nodes, edges });
}

export function useOverviewPointer(canvasRef: RefObject<HTMLCanvasElement | null>, scene: Scene): Hover | null {
  const store = useEditorStore();
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [hover, setHover] = useState<Hover | null>(null);

  useEffect(() => {
    const pane = canvasRef.current?.parentElement?.querySelector<HTMLElement>('.react-flow__pane');
    if (pane === null || pane === undefined) return undefined;
    let down: { x: number; y: number } | null = null;
    let hovered = -1;
    const at = (event: MouseEvent): { index: number; x: number; y: number } => {
      const rect = pane.getBoundingClientRect();
      const [tx, ty, zoom] = flowStore.getState().transform;
      const x = event.clientX - rect.left;
      const y = event.clientY - rect.top;
      return { index: hitTest(scene.grid, (x - tx) / zoom, (y - ty) / zoom), x, y };
    };
    const onDown = (event: PointerEvent): void => {
      down = { x: event.clientX, y: event.clientY };
    };
    const onClick = (event: MouseEvent): void => {
      if (down !== null && Math.hypot(event.clientX - down.x, event.clientY - down.y) > CLICK_SLOP) return;
      const { index } = at(event);
      const additive = event.shiftKey || event.metaKey || event.ctrlKey;
      select(store, index < 0 ? null : (scene.cards[index] as SceneCard).id, additive);
    };
    const onDoubleClick = (event: MouseEvent): void => {
      const card = scene.cards[at(event).index];
      if (card === undefined) return;
      void flow.setCenter(card.x + card.width / 2, card.y + card.height / 2, { zoom: CARD_ZOOM, ...VIEW_ANIMATION });
    };
    const onMove = (event: MouseEvent): void => {
      const { index, x, y } = at(event);
      if (index === hovered) return;
      hovered = index;
      const card = scene.cards[index];
      setHover(card === undefined ? null : { card, x, y });
    };
    const onLeave = (): void => {
      hovered = -1;
      setHover(null);
    };
    pane.addEventListener('pointerdown', onDown);
    pane.addEventListener('click', onClick);
    pane.addEventListener('dblclick', onDoubleClick);
    pane.addEventListener('mousemove', onMove);
    pane.addEventListener('mouseleave', onLeave);
    return () => {
      pane.removeEventListener('pointerdown', onDown);
      pane.removeEventListener('click', onClick);
      pane.removeEventListener('dblclick', onDoubleClick);
      pane.removeEventListener('mousemove', onMove);
      pane.removeEventListener('mouseleave', onLeave);
    };
  }, [canvasRef, scene, store, flowStore, flow]);

  return hover;
}
