/**
 * At start-up: drafts that differ from their file (or of plans never saved)
 * are offered one by one: Restore puts the unsaved plan back in a window,
 * marked unsaved; Discard deletes the draft; Not Now keeps it for the next
 * start. A draft that cannot be shown (not a plan, or one the core fails on)
 * is kept and logged, never deleted unseen, and never stops the others or
 * the rest of start-up.
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
  /** Where a draft that could not be offered is reported (the app's log). */
  readonly log?: (message: string) => void;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
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

/** Offers one draft; true when it was restored into a window. */
async function offerDraft(deps: RestoreDeps, draft: Draft, log: (message: string) => void): Promise<boolean> {
  const parsed = parsePlan(draft.text);
  if (!parsed.ok) {
    // Not a plan this version can show (a newer version's draft, say): kept, never deleted unseen.
    log(`drafts: ${draft.id} is not a plan this version can show, kept: ${parsed.errors[0]?.message ?? ''}`);
    return false;
  }
  const name = documentDisplayName(parsed.plan.name ?? '', draft.documentPath);
  const answer = await deps.ask(name, new Date(draft.savedAt), draft.documentPath);
  if (answer === 'discard') await deps.store.remove(draft.id);
  if (answer !== 'restore') return false;
  return restoreDraftInto(await deps.windowFor(), draft);
}

/** Offers every restorable draft; returns how many were restored. Never throws: start-up goes on whatever a draft holds. */
export async function offerDrafts(deps: RestoreDeps): Promise<number> {
  const log =
    deps.log ??
    ((message: string) => {
      console.error(message);
    });
  let drafts: Draft[];
  try {
    drafts = await deps.store.listRestorable(deps.exclude);
  } catch (error) {
    log(`drafts: could not list the drafts: ${describe(error)}`);
    return 0;
  }
  let restored = 0;
  for (const draft of drafts) {
    try {
      if (await offerDraft(deps, draft, log)) restored++;
    } catch (error) {
      log(`drafts: ${draft.id} could not be offered, kept: ${describe(error)}`);
    }
  }
  return restored;
}
