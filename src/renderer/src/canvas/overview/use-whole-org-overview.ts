/**
 * Canvas.tsx's one hook-in: whether the whole-org overview is shown (threshold.ts, with hysteresis), the scene it
 * draws, and the elements React Flow gets meanwhile: none. With the overview shown React Flow renders no card and
 * no line (its pane still pans and zooms); zooming back in hands it the same derived elements as before, at the
 * same positions and sizes, so the cards replace the boxes where they were drawn: first those in and around the
 * view (near-elements.ts), the rest once the view has rested for REST_MS or left that area.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../flow-types';
import { visibleRect, type Rect } from './frame-cache';
import { grow, nearElements, within } from './near-elements';
import { buildScene, type Scene } from './scene';
import { overviewShown } from './threshold';

const NO_NODES: FlowNode[] = [];
const NO_EDGES: FlowEdge[] = [];
/** How long the view rests after the crossing before React Flow gets every card. */
const REST_MS = 250;

export interface WholeOrgOverview {
  /** The scene to draw, null when React Flow's cards are shown. */
  readonly scene: Scene | null;
  readonly nodes: FlowNode[];
  readonly edges: FlowEdge[];
  /** React Flow holds only part of the plan's cards (just after the crossing back from the overview). */
  readonly partial: boolean;
}

export function useWholeOrgOverview(nodes: FlowNode[], edges: FlowEdge[]): WholeOrgOverview {
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const count = nodes.length;
  const [shown, setShown] = useState(false);
  /** The view when the overview gave way, while React Flow holds only the cards around it. */
  const [nearView, setNearView] = useState<Rect | null>(null);
  // The same two, for the store listener: only it sets them, so it keeps them current.
  const state = useRef<{ shown: boolean; nearView: Rect | null }>({ shown: false, nearView: null });
  useEffect(() => {
    let timer = 0;
    let last: readonly number[] = [];
    const update = (): void => {
      const { transform, width, height } = flowStore.getState();
      const now = overviewShown(state.current.shown, transform[2], count);
      const view = visibleRect({ x: transform[0], y: transform[1], zoom: transform[2], width, height });
      if (now !== state.current.shown) {
        state.current = { shown: now, nearView: now ? null : view };
        setShown(now);
        setNearView(state.current.nearView);
      }
      const near = state.current.nearView;
      const moved = [transform[0], transform[1], transform[2], width, height].some((v, i) => v !== last[i]);
      if (near === null || !moved) return;
      last = [transform[0], transform[1], transform[2], width, height];
      window.clearTimeout(timer);
      const all = (): void => {
        state.current = { ...state.current, nearView: null };
        setNearView(null);
      };
      if (within(view, grow(near))) timer = window.setTimeout(all, REST_MS);
      else all();
    };
    update();
    const unsubscribe = flowStore.subscribe(update);
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [flowStore, count]);
  const scene = useMemo(() => (shown ? buildScene(nodes, edges) : null), [shown, nodes, edges]);
  const near = useMemo(
    () => (shown || nearView === null ? null : nearElements(nodes, edges, nearView)),
    [shown, nearView, nodes, edges],
  );
  if (shown) return { scene, nodes: NO_NODES, edges: NO_EDGES, partial: false };
  if (near !== null) return { scene: null, nodes: near.nodes, edges: near.edges, partial: true };
  return { scene: null, nodes, edges, partial: false };
}
