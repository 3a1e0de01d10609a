/** Change the plan's title (shown in the header and, later, the window title and exports). */
import { renamePlan } from '@shared/edit';
import type { EditorAction } from '../store/types';

export const renamePlanAction: EditorAction<string> = {
  perform(state, name) {
    const plan = renamePlan(state.plan, name);
    return plan === state.plan ? null : { plan, history: 'record' };
  },
};
