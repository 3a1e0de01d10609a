/**
 * The one plan being opened in a worker, if any: what the progress overlay shows and what its Cancel
 * stops. A tiny external store (useSyncExternalStore), so the platform layer can publish it without
 * knowing the component.
 */
import type { PlanOpenStage } from './plan-open-job';

export interface OpeningState {
  /** Which opening this is: the overlay's delay runs once per job, not per stage. */
  readonly job: number;
  readonly fileName: string | null;
  readonly stage: PlanOpenStage;
  /** Undefined when this opening cannot be stopped half-way (see plan-open-client). */
  readonly cancel: (() => void) | undefined;
}

let current: OpeningState | null = null;
const listeners = new Set<() => void>();

export function currentOpening(): OpeningState | null {
  return current;
}

export function publishOpening(next: OpeningState | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function subscribeToOpening(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
