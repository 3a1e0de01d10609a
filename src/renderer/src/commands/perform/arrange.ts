/** Arrange: layout, its choices, grid and folding. */
import { autoLayoutAction, chooseLayoutAction, toggleRelayoutOnCollapseAction } from '../../actions/auto-layout';
import { toggleCollapseAction } from '../../actions/collapse';
import { nudgeSelectionAction } from '../../actions/nudge';
import { updateSettingsAction } from '../../actions/ui';
import type { LayoutStyle } from '@shared/model/types';
import type { CommandBehaviour, GroupBehaviours } from '../command-types';

function chooseLayout(style: LayoutStyle): CommandBehaviour {
  return {
    perform: ({ dispatch, view }) => {
      dispatch(chooseLayoutAction, style);
      view.fitSoon();
    },
  };
}

const nudging = (dx: number, dy: number): CommandBehaviour => ({
  enabled: (store) => store.getState().selection.nodes.size > 0,
  perform: ({ dispatch }) => {
    dispatch(nudgeSelectionAction, { dx, dy });
  },
});

export const ARRANGE_COMMANDS: GroupBehaviours<'Arrange'> = {
  autoLayout: {
    perform: ({ dispatch, view }) => {
      dispatch(autoLayoutAction, undefined);
      view.fitSoon();
    },
  },
  layoutCompact: chooseLayout('compact'),
  layoutTree: chooseLayout('tree'),
  layoutLeftRight: chooseLayout('left-right'),
  relayoutOnCollapse: {
    perform: ({ dispatch }) => {
      dispatch(toggleRelayoutOnCollapseAction, undefined);
    },
  },
  snap: {
    perform: ({ dispatch, state }) => {
      dispatch(updateSettingsAction, { snapToGrid: !state().ui.settings.snapToGrid });
    },
  },
  collapse: {
    perform: ({ dispatch }) => {
      dispatch(toggleCollapseAction, undefined);
    },
  },
  nudgeLeft: nudging(-1, 0),
  nudgeRight: nudging(1, 0),
  nudgeUp: nudging(0, -1),
  nudgeDown: nudging(0, 1),
};
