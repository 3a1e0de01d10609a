/** The UI slice: settings, dialogs, notices, in-progress gestures. Never part of the undo history. */
import type { Preferences } from '@shared/settings/preferences';
import type { UiSlice, UiState } from '../types';

function initialUiState(settings: Preferences): UiState {
  return {
    settings,
    renamingId: null,
    collapsed: new Set(),
    highlight: null,
    dragPositions: null,
    dropTarget: null,
    clipboard: null,
    pasteCount: 0,
    notices: [],
    dialog: null,
    problems: { open: false, tab: 'problems', active: null },
    waiveKey: null,
    minimapOnLargePlans: false,
    compare: null,
  };
}

export function createUiSlice(settings: Preferences): UiSlice {
  return { ui: initialUiState(settings) };
}

/** At most this many notices at once; older ones give way. */
export const MAX_NOTICES = 4;
