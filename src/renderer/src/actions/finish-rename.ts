/**
 * Leave the rename-in-place field: keep the new name (Enter, or leaving the field) or not (Escape). One state
 * change for both the name and the end of renaming, so the store's readers run once per rename, not twice.
 */
import { updateNode } from '@shared/edit';
import type { EditorAction } from '../store/types';

export interface FinishRenameArg {
  readonly id: string;
  /** The name to keep, or null to cancel. */
  readonly name: string | null;
}

export const finishRenameAction: EditorAction<FinishRenameArg> = {
  perform(state, { id, name }) {
    const stop = { renamingId: null };
    if (name === null) return state.ui.renamingId === null ? null : { ui: stop, history: 'none' };
    const result = updateNode(state.plan, id, { name });
    if (!result.ok) return { ui: stop, history: 'none', notice: { tone: 'error', text: result.reason } };
    if (result.plan === state.plan) return state.ui.renamingId === null ? null : { ui: stop, history: 'none' };
    return { plan: result.plan, ui: stop, history: 'record' };
  },
};
