/** Arrange: layout, grid and folding. */
import { autoLayoutAction } from '../../actions/auto-layout';
import { toggleCollapseAction } from '../../actions/collapse';
import { updateSettingsAction } from '../../actions/ui';
import type { GroupBehaviours } from '../command-types';

export const ARRANGE_COMMANDS: GroupBehaviours<'Arrange'> = {
  autoLayout: {
    perform: ({ dispatch, view }) => {
      dispatch(autoLayoutAction, undefined);
      view.fitSoon();
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
};
