/**
 * Keeps the platform told about the document: its name and dirty flag (the
 * window title, the prompts), and while dirty the plan itself for Electron's
 * crash-recovery draft. Main debounces drafts by about a second; here calls are
 * throttled too, so a drag does not serialize a 1,500-person plan per frame.
 */
import { serializePlan } from '@shared/format/serialize';
import type { Platform } from '../platform/platform';
import type { EditorStore } from '../store/create-store';
import { documentOfState } from '../store/scenario-set';
import { isDirty } from '../store/slices/document-slice';

const DRAFT_INTERVAL_MS = 1000;

export function syncDocumentState(store: EditorStore, platform: Platform, win: Window = window): () => void {
  let name: string | null = null;
  let dirty: boolean | null = null;
  let timer: number | null = null;
  let stopped = false;

  function sendDraft(): void {
    timer = null;
    if (stopped) return;
    const state = store.getState();
    if (isDirty(state)) platform.updateDraft(serializePlan(documentOfState(state)));
  }

  /** Serializing 5,000 people takes ~5 ms: wait for an idle moment, not the middle of a drag's frame. */
  function whenIdle(): void {
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(sendDraft, { timeout: DRAFT_INTERVAL_MS });
    else sendDraft();
  }

  function update(): void {
    const state = store.getState();
    const nextName = state.plan.name ?? '';
    const nextDirty = isDirty(state);
    if (nextName !== name || nextDirty !== dirty) {
      name = nextName;
      dirty = nextDirty;
      platform.setDocumentState({ name: nextName, dirty: nextDirty });
    }
    if (nextDirty && timer === null) timer = win.setTimeout(whenIdle, DRAFT_INTERVAL_MS);
  }

  update();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.plan !== previous.plan || state.baseline !== previous.baseline || state.scenarios !== previous.scenarios)
      update();
  });
  return () => {
    unsubscribe();
    stopped = true;
    if (timer !== null) win.clearTimeout(timer);
  };
}
