/**
 * Canvas.tsx's one hook-in: whether the whole-org overview is shown (threshold.ts, with hysteresis), the scene it
 * draws, and the elements React Flow gets meanwhile: none. With the overview shown React Flow renders no card and
 * no line (its pane still pans and zooms). Zooming back in hands it the same derived elements as before, at the
 * same positions and sizes, so the cards replace the boxes where they were drawn, in steps (near-elements.ts):
 * the cards in view CARDS_PER_FRAME a frame while the overview still covers them, then the overview gives way
 * and the cards around the view follow; the rest once the view has rested for REST_MS or left that area.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../flow-types';
import { visibleRect } from './frame-cache';
import type { Rect } from './plan-bounds';
import { edgesAmong, grow, nearElements, within } from './near-elements';
import { buildScene, type Scene } from './scene';
import { overviewShown } from './threshold';

const NO_NODES: FlowNode[] = [];
const NO_EDGES: FlowEdge[] = [];
/** Cards created per frame while the overview still covers them: a fraction of a frame each on a slow machine. */
const CARDS_PER_FRAME = 12;
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
  /** How many of the cards in that view React Flow has been given so far. */
  const [handed, setHanded] = useState(0);
  // The store listener's copy of the state it sets (only it sets these), and when the view last moved.
  const state = useRef<{ shown: boolean; nearView: Rect | null }>({ shown: false, nearView: null });
  const lastMove = useRef(0);

  useEffect(() => {
    let last: readonly number[] = [];
    const update = (): void => {
      const { transform, width, height } = flowStore.getState();
      const now = overviewShown(state.current.shown, transform[2], count);
      const view = visibleRect({ x: transform[0], y: transform[1], zoom: transform[2], width, height });
      if (now !== state.current.shown) {
        state.current = { shown: now, nearView: now ? null : view };
        setShown(now);
        setNearView(state.current.nearView);
        setHanded(CARDS_PER_FRAME);
      }
      const key = [transform[0], transform[1], transform[2], width, height];
      if (key.every((v, i) => v === last[i])) return;
      last = key;
      lastMove.current = performance.now();
      const near = state.current.nearView;
      if (near !== null && !within(view, grow(near))) {
        state.current = { ...state.current, nearView: null };
        setNearView(null);
      }
    };
    update();
    return flowStore.subscribe(update);
  }, [flowStore, count]);

  const near = useMemo(
    () => (shown || nearView === null ? null : nearElements(nodes, edges, nearView)),
    [shown, nearView, nodes, edges],
  );
  const mounting = near !== null && handed < near.inView;

  useEffect(() => {
    if (near === null) return undefined;
    if (mounting) {
      // The next few cards in view in the next frame, until all of them are there.
      const frame = requestAnimationFrame(() => {
        setHanded((h) => h + CARDS_PER_FRAME);
      });
      return () => {
        cancelAnimationFrame(frame);
      };
    }
    // Every card in view is there: the rest once the view has rested.
    let timer = 0;
    const check = (): void => {
      const still = performance.now() - lastMove.current;
      if (still < REST_MS) timer = window.setTimeout(check, REST_MS - still);
      else {
        state.current = { ...state.current, nearView: null };
        setNearView(null);
      }
    };
    timer = window.setTimeout(check, REST_MS);
    return () => {
      window.clearTimeout(timer);
    };
    // `handed` too: each step of the mount schedules the next.
  }, [near, mounting, handed]);

  const sceneWanted = shown || mounting;
  const scene = useMemo(() => (sceneWanted ? buildScene(nodes, edges) : null), [sceneWanted, nodes, edges]);
  const first = useMemo(
    () => (near === null || !mounting ? null : { nodes: near.nodes.slice(0, handed), edges: edgesAmong(near, handed) }),
    [near, mounting, handed],
  );
  if (shown) return { scene, nodes: NO_NODES, edges: NO_EDGES, partial: false };
  if (near === null) return { scene: null, nodes, edges, partial: false };
  if (first !== null) return { scene, nodes: first.nodes, edges: first.edges, partial: true };
  return { scene: null, nodes: near.nodes, edges: near.edges, partial: true };
}
