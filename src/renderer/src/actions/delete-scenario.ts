/**
 * Delete a scenario (after the switcher's confirm): one undo step, which brings it back and shows it. The last
 * scenario is never deleted; deleting the shown one shows its neighbour.
 */
import { deleteScenario } from '@shared/scenarios/edit-scenarios';
import { liveScenarios } from '../store/scenario-set';
import type { EditorAction } from '../store/types';
import { showScenario } from './switch-scenario';

export const deleteScenarioAction: EditorAction<string> = {
  perform(state, id) {
    const gone = state.scenarios.list.find((s) => s.id === id);
    const deleted = deleteScenario(liveScenarios(state.plan, state.scenarios), id);
    if (!deleted.ok) return { history: 'none', notice: { tone: 'error', text: deleted.message } };
    const activeId = id === state.scenarios.activeId ? deleted.id : state.scenarios.activeId;
    return {
      ...showScenario(state, { activeId, list: deleted.list }, 'record'),
      notice: { tone: 'info', text: `Deleted the scenario “${gone?.name ?? id}”. Undo brings it back.` },
    };
  },
};
