/**
 * Arrow keys on the canvas move the keyboard focus to the nearest card that
 * way (shared/view/card-navigation). From the focused card, else the selected
 * one, else the first card in reading order. A card outside the rendered part
 * of a large plan is brought into view first, then focused.
 */
import { nearestCard, type CardBox, type Direction } from '@shared/view/card-navigation';
import { nodeSize } from '@shared/view/card-size';
import { hiddenNodes } from '@shared/view/hidden-nodes';
import { focusOverviewCard, overviewElement, overviewFocusedId } from './overview-focus';
import type { CanvasView } from './command-types';
import type { EditorState } from '../store/types';

function cardBoxes(state: EditorState): CardBox[] {
  const hidden = hiddenNodes(state.plan, state.ui.collapsed);
  const boxes: CardBox[] = [];
  for (const node of state.plan.nodes) {
    if (hidden.has(node.id)) continue;
    const { x, y } = node.position ?? { x: 0, y: 0 };
    boxes.push({ id: node.id, x, y, ...nodeSize(node.kind) });
  }
  return boxes;
}

function cardElement(doc: Document, id: string): HTMLElement | null {
  return doc.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/** The card the keyboard is on: the focused one, else the one selected card. */
function currentCard(doc: Document, state: EditorState): string | undefined {
  const focused = doc.activeElement?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? overviewFocusedId(doc);
  if (focused !== undefined) return focused;
  const [first, ...others] = state.selection.nodes;
  return others.length === 0 ? first : undefined;
}

/** Whether a card is wholly inside the canvas element on screen. */
function inView(view: CanvasView, box: CardBox, canvas: HTMLElement): boolean {
  const rect = canvas.getBoundingClientRect();
  const a = view.flow.flowToScreenPosition({ x: box.x, y: box.y });
  const b = view.flow.flowToScreenPosition({ x: box.x + box.width, y: box.y + box.height });
  return a.x >= rect.left && a.y >= rect.top && b.x <= rect.right && b.y <= rect.bottom;
}

function focusCard(doc: Document, view: CanvasView, box: CardBox): void {
  // The whole-org overview draws the cards on one canvas: it takes the focus and rings the card.
  const overview = overviewElement(doc);
  if (overview !== null) {
    focusOverviewCard(overview, box.id);
    if (!inView(view, box, overview))
      void view.flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: view.flow.getZoom() });
    return;
  }
  const element = cardElement(doc, box.id);
  if (element !== null) {
    // React Flow pans a focused card into view itself (autoPanOnNodeFocus).
    element.focus();
    return;
  }
  // Not rendered (a large plan renders only what is in view): centre on it, then focus it once it is there.
  void view.flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: view.flow.getZoom() });
  requestAnimationFrame(() => requestAnimationFrame(() => cardElement(doc, box.id)?.focus()));
}

export function moveFocus(doc: Document, state: EditorState, view: CanvasView, direction: Direction): void {
  const boxes = cardBoxes(state);
  if (boxes.length === 0) return;
  const from = currentCard(doc, state);
  const targetId = from === undefined ? readingFirst(boxes) : nearestCard(boxes, from, direction);
  const target = boxes.find((box) => box.id === targetId);
  if (target !== undefined) focusCard(doc, view, target);
}

/** The top-left card: where the arrows start when no card has the focus. */
function readingFirst(boxes: readonly CardBox[]): string | undefined {
  let best: CardBox | undefined;
  for (const box of boxes) if (best === undefined || box.y < best.y || (box.y === best.y && box.x < best.x)) best = box;
  return best?.id;
}
