/**
 * "New scenario from this one": a proposal holding the shown scenario's plan, named "Proposal N", shown at once.
 * One undo step; undoing it removes the proposal and shows the scenario it was made from.
 */
import { createScenarioFrom } from '@shared/scenarios/edit-scenarios';
import { liveScenarios } from '../store/scenario-set';
import type { EditorAction } from '../store/types';
import { showScenario } from './switch-scenario';

export const newScenarioAction: EditorAction = {
  perform(state) {
    const source = state.scenarios.list.find((s) => s.id === state.scenarios.activeId);
    const created = createScenarioFrom(liveScenarios(state.plan, state.scenarios), state.scenarios.activeId);
    if (!created.ok) return { history: 'none', notice: { tone: 'error', text: created.message } };
    const name = created.list.find((s) => s.id === created.id)?.name ?? '';
    return {
      ...showScenario(state, { activeId: created.id, list: created.list }, 'record'),
      notice: { tone: 'info', text: `Created “${name}” from “${source?.name ?? ''}”. Edits now change “${name}”.` },
    };
  },
};
