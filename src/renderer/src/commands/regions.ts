/**
 * F6 moves the focus between the window's panels (toolbar, palette, canvas,
 * inspector), so the keyboard is never stuck in the canvas however many
 * cards it holds.
 */

const FOCUSABLE = 'input, button, select, textarea, [tabindex]:not([tabindex="-1"])';

export function focusNextRegion(doc: Document, backwards = false): void {
  const regions = [...doc.querySelectorAll<HTMLElement>('[data-region]')];
  if (regions.length === 0) return;
  const active = doc.activeElement;
  const current = regions.findIndex((region) => active !== null && region.contains(active));
  const step = backwards ? -1 : 1;
  const next = regions[(current + step + regions.length) % regions.length] as HTMLElement;
  const target = next.dataset.region === 'canvas' ? next : (next.querySelector<HTMLElement>(FOCUSABLE) ?? next);
  target.focus();
}
