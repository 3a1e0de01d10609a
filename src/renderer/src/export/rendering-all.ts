/**
 * While an image is being made, the canvas renders every card, not only those
 * in view (large plans render visible cards only): the picture is of the whole plan.
 */
import { useSyncExternalStore } from 'react';

let renderingAll = false;
const listeners = new Set<() => void>();

export function setRenderingAll(value: boolean): void {
  if (renderingAll === value) return;
  renderingAll = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useRenderingAll(): boolean {
  return useSyncExternalStore(subscribe, () => renderingAll);
}
