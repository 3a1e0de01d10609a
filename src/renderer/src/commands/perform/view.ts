/** View and Help: the viewport, panels, theme, focus and the shortcuts sheet. */
import { toggleProblemsAction } from '../../actions/problems';
import { toggleSidePanelAction, type SidePanelId } from '../../actions/side-panels';
import { setDialogAction, toggleMinimapAction, updateSettingsAction } from '../../actions/ui';
import { THEMES } from '@shared/settings/preferences';
import { VIEW_ANIMATION } from '../../ui/view-animation';
import type { Direction } from '@shared/view/card-navigation';
import { keepingFit } from '../canvas-view';
import { moveFocus } from '../card-focus';
import type { CommandBehaviour, GroupBehaviours } from '../command-types';
import { focusNextRegion } from '../regions';

const focusing = (direction: Direction): CommandBehaviour => ({
  perform: ({ state, view }) => {
    moveFocus(document, state(), view, direction);
  },
});

/** Folds or unfolds a side panel; a view the user has not moved since it was fitted is fitted again to the new room. */
const foldingPanel = (id: SidePanelId): CommandBehaviour => ({
  perform: ({ dispatch, view }) => {
    keepingFit(view, () => {
      dispatch(toggleSidePanelAction, id);
    });
  },
});

/** Opens the problems panel on a tab, or closes it; as a fold, an unmoved view is fitted again to the new room. */
const problemsPanel = (tab: 'problems' | 'metrics'): CommandBehaviour => ({
  perform: ({ dispatch, view }) => {
    keepingFit(view, () => {
      dispatch(toggleProblemsAction, tab);
    });
  },
});

export const VIEW_COMMANDS: GroupBehaviours<'View' | 'Help'> = {
  focusLeft: focusing('left'),
  focusRight: focusing('right'),
  focusUp: focusing('up'),
  focusDown: focusing('down'),
  find: {
    perform: () => {
      const input = document.getElementById('op-find-input');
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
    },
  },
  fitView: {
    perform: ({ view }) => {
      view.fit();
    },
  },
  zoomIn: { perform: ({ view }) => void view.flow.zoomIn(VIEW_ANIMATION) },
  zoomOut: { perform: ({ view }) => void view.flow.zoomOut(VIEW_ANIMATION) },
  zoomReset: { perform: ({ view }) => void view.flow.zoomTo(1, VIEW_ANIMATION) },
  minimap: {
    perform: ({ dispatch }) => {
      dispatch(toggleMinimapAction, undefined);
    },
  },
  cardFields: {
    perform: ({ dispatch }) => {
      dispatch(setDialogAction, 'cardFields');
    },
  },
  theme: {
    perform: ({ dispatch, state }) => {
      const current = THEMES.indexOf(state().ui.settings.theme);
      const theme = THEMES[(current + 1) % THEMES.length] ?? 'system';
      dispatch(updateSettingsAction, { theme });
    },
  },
  nextRegion: {
    perform: () => {
      focusNextRegion(document);
    },
  },
  togglePalette: foldingPanel('palette'),
  toggleInspector: foldingPanel('inspector'),
  problems: problemsPanel('problems'),
  metrics: problemsPanel('metrics'),
  nextProblem: {
    perform: ({ features }) => {
      features.stepProblem(1);
    },
  },
  previousProblem: {
    perform: ({ features }) => {
      features.stepProblem(-1);
    },
  },
  compare: {
    perform: ({ dispatch }) => {
      dispatch(setDialogAction, 'compare');
    },
  },
  shortcuts: {
    perform: ({ dispatch }) => {
      dispatch(setDialogAction, 'shortcuts');
    },
  },
};
