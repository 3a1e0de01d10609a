/**
 * The whole-org overview: one <canvas> over React Flow's pane, drawn from the scene in one animation frame per
 * viewport change (device-pixel-ratio aware, culled to the viewport). The pointer goes through it to the pane
 * (use-overview-pointer.ts); it takes the keyboard focus itself, the focused card drawn with a ring (focus.ts).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useStoreApi } from '@xyflow/react';
import { applySelectChangesAction } from '../../actions/selection';
import { useEditorStore } from '../../store/context';
import { useEditor } from '../../store/hooks';
import type { FlowEdge, FlowNode } from '../flow-types';
import { buildDrawList } from './draw-list';
import { createTextFitter } from './fit-text';
import { FOCUS_EVENT, OVERVIEW_CLASS } from '../../commands/overview-focus';
import { paintOverview } from './paint';
import type { Scene } from './scene';
import { readTheme, type OverviewTheme } from './theme';
import { useOverviewPointer } from './use-overview-pointer';
import './overview.css';

const KEYS =
  'Whole organisation overview. The arrow keys go to the nearest card that way, Enter or Space selects it; ' +
  'zoom in for the cards themselves.';

export function OverviewLayer({ scene, colorMode }: { scene: Scene; colorMode: 'light' | 'dark' }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const store = useEditorStore();
  const highlight = useEditor((s) => s.ui.highlight);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [fitText] = useState(createTextFitter);
  const hover = useOverviewPointer(canvasRef, scene);
  // Everything a frame reads, kept current for the animation-frame callback.
  const inputs = useRef({ scene, highlight, focusedId });
  const painter = useRef<{ schedule: (force: boolean) => void; themeChanged: () => void } | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (canvas === null || ctx === null || ctx === undefined) return undefined;
    let frame = 0;
    let theme: OverviewTheme | null = null;
    let drawn: unknown[] = [];
    const draw = (): void => {
      frame = 0;
      const { transform, width, height } = flowStore.getState();
      const dpr = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * dpr);
      const pixelHeight = Math.round(height * dpr);
      if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
        canvas.width = pixelWidth;
        canvas.height = pixelHeight;
      }
      theme ??= readTheme(canvas);
      const { scene: s, highlight: h, focusedId: f } = inputs.current;
      const viewport = { x: transform[0], y: transform[1], zoom: transform[2], width, height };
      paintOverview(ctx, buildDrawList(s, viewport, { highlight: h, focusedId: f }), theme, dpr, fitText);
    };
    const schedule = (force: boolean): void => {
      const { transform, width, height } = flowStore.getState();
      const key = [transform[0], transform[1], transform[2], width, height];
      // React Flow's store changes for many reasons; only a moved or resized view needs a new frame.
      if (!force && key.every((v, i) => v === drawn[i])) return;
      drawn = key;
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    painter.current = {
      schedule,
      themeChanged: () => {
        theme = null;
        schedule(true);
      },
    };
    const unsubscribe = flowStore.subscribe(() => {
      schedule(false);
    });
    schedule(true);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      painter.current = null;
    };
  }, [flowStore, fitText]);

  useEffect(() => {
    inputs.current = { scene, highlight, focusedId };
    painter.current?.schedule(true);
  }, [scene, highlight, focusedId]);
  useEffect(() => {
    // The tokens are read in the next frame, after the new theme's attribute is on the document.
    painter.current?.themeChanged();
  }, [colorMode]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return undefined;
    const onFocusMoved = (): void => {
      setFocusedId(canvas.dataset.focusedId ?? null);
    };
    canvas.addEventListener(FOCUS_EVENT, onFocusMoved);
    return () => {
      canvas.removeEventListener(FOCUS_EVENT, onFocusMoved);
      // Zoomed in with the keyboard on a card: the focus goes on to its real card once React Flow has drawn it.
      const id = canvas.dataset.focusedId;
      if (id === undefined || document.activeElement !== canvas) return;
      const focusCard = (): void =>
        document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus();
      requestAnimationFrame(() => requestAnimationFrame(focusCard));
    };
  }, []);

  function onKeyDown(event: KeyboardEvent): void {
    if (event.defaultPrevented || (event.key !== 'Enter' && event.key !== ' ') || focusedId === null) return;
    event.preventDefault();
    const { selection, dispatch } = store.getState();
    const nodes = [...selection.nodes].map((id) => ({ id, selected: false }));
    const edges = [...selection.edges].map((id) => ({ id, selected: false }));
    dispatch(applySelectChangesAction, { nodes: [...nodes, { id: focusedId, selected: true }], edges });
  }

  return (
    <>
      <canvas
        ref={canvasRef}
        className={OVERVIEW_CLASS}
        tabIndex={0}
        role="group"
        aria-label={KEYS}
        data-cards={scene.cards.length}
        onKeyDown={onKeyDown}
      />
      {hover !== null && (
        <div className="op-overview-tip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 16 }}>
          <strong>{hover.card.name}</strong>
          {hover.card.title !== '' && <span>{hover.card.title}</span>}
        </div>
      )}
    </>
  );
}
