/**
 * The keyboard focus while the whole-org overview (canvas/overview/) is shown. There are no card elements to
 * focus, so the overview's canvas element takes the focus and names the card it is on in `data-focused-id`; the
 * arrow keys (card-focus.ts) read and move it through these helpers, and the layer draws that card with a ring.
 */

/** The overview canvas's class. */
export const OVERVIEW_CLASS = 'op-overview';
/** Sent to the overview canvas when its focused card changes, so it redraws. */
export const FOCUS_EVENT = 'op-overview-focus';

export function overviewElement(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>(`.${OVERVIEW_CLASS}`);
}

/** The card the keyboard is on in the overview, when the overview has the focus. */
export function overviewFocusedId(doc: Document): string | undefined {
  const active = doc.activeElement;
  if (!(active instanceof HTMLElement) || !active.classList.contains(OVERVIEW_CLASS)) return undefined;
  return active.dataset.focusedId;
}

export function focusOverviewCard(element: HTMLElement, id: string): void {
  element.dataset.focusedId = id;
  element.focus({ preventScroll: true });
  element.dispatchEvent(new CustomEvent(FOCUS_EVENT));
}
