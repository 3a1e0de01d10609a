/** Rename a scenario (the switcher's "Rename scenario…"): one undo step; a clash or an empty name is refused. */
import { renameScenario } from '@shared/scenarios/edit-scenarios';
import { liveScenarios } from '../store/scenario-set';
import type { EditorAction } from '../store/types';

export const renameScenarioAction: EditorAction<{ readonly id: string; readonly name: string }> = {
  perform(state, { id, name }) {
    const current = state.scenarios.list.find((s) => s.id === id);
    if (current === undefined || current.name === name.trim()) return null;
    const renamed = renameScenario(liveScenarios(state.plan, state.scenarios), id, name);
    if (!renamed.ok) return { history: 'none', notice: { tone: 'error', text: renamed.message } };
    return {
      plan: state.plan,
      scenarios: { activeId: state.scenarios.activeId, list: renamed.list },
      history: 'record',
    };
  },
};
