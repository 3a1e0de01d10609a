/** Scenario: create one from the shown plan, rename or delete it (through a dialog), show the next or previous. */
import { newScenarioAction } from '../../actions/new-scenario';
import { stepScenarioAction } from '../../actions/switch-scenario';
import { setDialogAction } from '../../actions/ui';
import type { EditorStore } from '../../store/create-store';
import type { GroupBehaviours } from '../command-types';

const severalScenarios = (store: EditorStore): boolean => store.getState().scenarios.list.length > 1;

export const SCENARIO_COMMANDS: GroupBehaviours<'Scenario'> = {
  newScenario: {
    perform: ({ dispatch }) => {
      dispatch(newScenarioAction, undefined);
    },
  },
  renameScenario: {
    perform: ({ dispatch }) => {
      dispatch(setDialogAction, 'renameScenario');
    },
  },
  deleteScenario: {
    perform: ({ dispatch }) => {
      dispatch(setDialogAction, 'deleteScenario');
    },
    // The last scenario is never deleted: the command is off rather than a dialog that can only say no.
    enabled: severalScenarios,
  },
  nextScenario: {
    perform: ({ dispatch }) => {
      dispatch(stepScenarioAction, 1);
    },
    enabled: severalScenarios,
  },
  previousScenario: {
    perform: ({ dispatch }) => {
      dispatch(stepScenarioAction, -1);
    },
    enabled: severalScenarios,
  },
};
