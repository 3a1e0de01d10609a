/**
 * The whole-org overview: one <canvas> over React Flow's pane, drawn from the scene in one animation frame per
 * viewport change (use-overview-painter.ts: device-pixel-ratio aware, culled, panned as a cached bitmap). The
 * pointer goes through it to the pane (use-overview-pointer.ts); it takes the keyboard focus itself, the focused
 * card drawn with a ring (focus.ts).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { applySelectChangesAction } from '../../actions/selection';
import { useEditorStore } from '../../store/context';
import { useEditor } from '../../store/hooks';
import type { FlowEdge, FlowNode } from '../flow-types';
import { FOCUS_EVENT, OVERVIEW_CLASS } from '../../commands/overview-focus';
import type { Scene } from './scene';
import { useOverviewPainter } from './use-overview-painter';
import { CARD_ZOOM, useOverviewPointer } from './use-overview-pointer';
import './overview.css';

const KEYS =
  'Whole organisation overview. The arrow keys go to the nearest card that way, Enter or Space selects it; ' +
  'zoom in for the cards themselves.';

export function OverviewLayer({ scene, colorMode }: { scene: Scene; colorMode: 'light' | 'dark' }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const store = useEditorStore();
  const highlight = useEditor((s) => s.ui.highlight);
  const renamingId = useEditor((s) => s.ui.renamingId);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const hover = useOverviewPointer(canvasRef, scene);
  const inputs = useMemo(() => ({ scene, highlight, focusedId }), [scene, highlight, focusedId]);
  const changed = useOverviewPainter(canvasRef, inputs);
  useEffect(() => {
    // The tokens are read in the next frame, after the new theme's attribute is on the document.
    changed.current?.('theme');
  }, [colorMode, changed]);

  // Renaming (F2, or a card just added from the palette) happens in the card: zoom to it, where it is real.
  useEffect(() => {
    const card = renamingId === null ? undefined : scene.cards[scene.indexById.get(renamingId) ?? -1];
    if (card !== undefined)
      void flow.setCenter(card.x + card.width / 2, card.y + card.height / 2, { zoom: CARD_ZOOM, duration: 0 });
  }, [renamingId, scene, flow]);

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
