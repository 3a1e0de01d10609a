/**
 * The side panels (palette on the left, inspector on the right) fold to a
 * narrow rail and back. Their state is a preference (`panels` in
 * src/shared/settings/preferences.ts), so the window opens as it was left.
 */
import type { Preferences } from '@shared/settings/preferences';
import type { EditorAction } from '../store/types';

export type SidePanelId = 'palette' | 'inspector';

/** The panels' widths in CSS pixels when open, as the grid in styles/app.css draws them. */
const SIDE_PANEL_WIDTH: Readonly<Record<SidePanelId, number>> = { palette: 212, inspector: 296 };

/** Open unless the user folded it. */
export function sidePanelOpen(settings: Preferences, id: SidePanelId): boolean {
  return settings.panels[id]?.open ?? true;
}

export const toggleSidePanelAction: EditorAction<SidePanelId> = {
  perform(state, id) {
    const settings = state.ui.settings;
    const size = settings.panels[id]?.size ?? SIDE_PANEL_WIDTH[id];
    const panels = { ...settings.panels, [id]: { open: !sidePanelOpen(settings, id), size } };
    return { ui: { settings: { ...settings, panels } }, history: 'none' };
  },
};
