/**
 * Keeps the platform told about the document: its name and dirty flag (the
 * window title, the prompts), and while dirty the plan itself for Electron's
 * crash-recovery draft. Main debounces drafts by about a second; here calls are
 * throttled too, so a drag does not serialize a 1,500-person plan per frame.
 */
import { serializePlan } from '@shared/format/serialize';
import type { Platform } from '../platform/platform';
import type { EditorStore } from '../store/create-store';
import type { EditorState } from '../store/types';
import { documentOfState } from '../store/scenario-set';
import { isDirty } from '../store/slices/document-slice';

const DRAFT_INTERVAL_MS = 1000;

/** The shown scenario's name for the title, when the plan has more than one. */
function shownScenario(state: EditorState): string | undefined {
  const { list, activeId } = state.scenarios;
  return list.length > 1 ? list.find((s) => s.id === activeId)?.name : undefined;
}

export function syncDocumentState(store: EditorStore, platform: Platform, win: Window = window): () => void {
  let name: string | null = null;
  let dirty: boolean | null = null;
  let scenario: string | undefined;
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
    const nextScenario = shownScenario(state);
    if (nextName !== name || nextDirty !== dirty || nextScenario !== scenario) {
      name = nextName;
      dirty = nextDirty;
      scenario = nextScenario;
      platform.setDocumentState({
        name: nextName,
        dirty: nextDirty,
        ...(nextScenario !== undefined && { scenario: nextScenario }),
      });
    }
    if (nextDirty && timer === null) timer = win.setTimeout(whenIdle, DRAFT_INTERVAL_MS);
  }

  update();
  const unsubscribe = store.subscribe((state, previous) => {
    // Every part of the document and its baseline: a save after switching scenarios may change only the
    // baseline's scenarios (the shown plan was the saved one already), and must still clear the dirty flag.
    const changed =
      state.plan !== previous.plan ||
      state.baseline !== previous.baseline ||
      state.scenarios !== previous.scenarios ||
      state.baselineScenarios !== previous.baselineScenarios;
    if (changed) update();
  });
  return () => {
    unsubscribe();
    stopped = true;
    if (timer !== null) win.clearTimeout(timer);
  };
}
