/** Small UI actions: renaming in place, dialogs, settings, notices. None touch the undo history. */
import { MINIMAP_MAX_NODES, minimapShown } from '@shared/view/minimap-rule';
import type { Preferences } from '@shared/settings/preferences';
import type { Dialog, EditorAction, NoticeTone } from '../store/types';

export const startRenameAction: EditorAction<string | undefined> = {
  /** `id`: the node; undefined for the single selected node. */
  perform(state, id) {
    const target = id ?? (state.selection.nodes.size === 1 ? [...state.selection.nodes][0] : undefined);
    if (target === undefined) return null;
    return { ui: { renamingId: target }, history: 'none' };
  },
};

export const setDialogAction: EditorAction<Dialog> = {
  perform(state, dialog) {
    return state.ui.dialog === dialog ? null : { ui: { dialog }, history: 'none' };
  },
};

export const updateSettingsAction: EditorAction<Partial<Preferences>> = {
  perform(state, patch) {
    return { ui: { settings: { ...state.ui.settings, ...patch } }, history: 'none' };
  },
};

/**
 * Shift+M: hides the minimap if it is shown, shows it otherwise. Showing it on a plan over the size limit also
 * keeps it shown on large plans for the rest of the session (see src/shared/view/minimap-rule.ts).
 */
export const toggleMinimapAction: EditorAction = {
  perform(state) {
    const nodeCount = state.plan.nodes.length;
    const shown = minimapShown({
      settings: state.ui.settings,
      minimapOnLargePlans: state.ui.minimapOnLargePlans,
      nodeCount,
    });
    const settings = { ...state.ui.settings, showMinimap: !shown };
    if (shown) return { ui: { settings, minimapOnLargePlans: false }, history: 'none' };
    return { ui: { settings, minimapOnLargePlans: nodeCount > MINIMAP_MAX_NODES }, history: 'none' };
  },
};

export const notifyAction: EditorAction<{ readonly tone: NoticeTone; readonly text: string }> = {
  perform(_state, notice) {
    return { history: 'none', notice };
  },
};

export const dismissNoticeAction: EditorAction<number> = {
  perform(state, id) {
    const notices = state.ui.notices.filter((notice) => notice.id !== id);
    return notices.length === state.ui.notices.length ? null : { ui: { notices }, history: 'none' };
  },
};
