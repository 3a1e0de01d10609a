/**
 * At start-up: drafts newer than their file (or of plans never saved) are
 * offered one by one: Restore puts the unsaved plan back in a window, marked
 * unsaved; Discard deletes the draft; Not Now keeps it for the next start.
 */
import { basename } from 'node:path';
import { parsePlan } from '@shared/format/parse';
import { readStamp } from '../documents/plan-io';
import type { AppWindow } from '../window/app-window';
import { documentDisplayName } from '../window/title';
import type { Draft, DraftStore } from './drafts';

export type RestoreAnswer = 'restore' | 'discard' | 'keep';

export interface RestoreDeps {
  readonly store: DraftStore;
  readonly ask: (documentName: string, savedAt: Date, filePath: string | null) => Promise<RestoreAnswer>;
  /** A window for a restored draft: the start-up window while it is still empty, a new one otherwise. */
  readonly windowFor: () => Promise<AppWindow>;
  /** Drafts of documents already open in this run. */
  readonly exclude?: ReadonlySet<string>;
}

export async function restoreDraftInto(window: AppWindow, draft: Draft): Promise<boolean> {
  const parsed = parsePlan(draft.text);
  if (!parsed.ok) return false;
  const stamp = draft.documentPath === null ? null : await readStamp(draft.documentPath);
  window.session.restoreDraft(draft.documentPath, stamp, parsed.plan.name ?? '', draft.id, draft.text);
  window.commands.send({
    type: 'document-opened',
    document: {
      text: draft.text,
      fileName: draft.documentPath === null ? null : basename(draft.documentPath),
      restoredFromDraft: true,
    },
  });
  return true;
}

/** Offers every restorable draft; returns how many were restored. */
export async function offerDrafts(deps: RestoreDeps): Promise<number> {
  let restored = 0;
  for (const draft of await deps.store.listRestorable(deps.exclude)) {
    const parsed = parsePlan(draft.text);
    if (!parsed.ok) {
      // Not a plan the app could show: nothing to restore.
      await deps.store.remove(draft.id);
      continue;
    }
    const name = documentDisplayName(parsed.plan.name ?? '', draft.documentPath);
    const answer = await deps.ask(name, new Date(draft.savedAt), draft.documentPath);
    if (answer === 'discard') await deps.store.remove(draft.id);
    if (answer !== 'restore') continue;
    if (await restoreDraftInto(await deps.windowFor(), draft)) restored++;
  }
  return restored;
}
