/**
 * An imported CSV replaces the plan the way New does: as one recorded step, so Undo
 * brings back the plan that was open (openPlanAction would start a new history and lose it).
 * The import is unsaved work, so it stays dirty until saved.
 */
import type { Plan } from '@shared/model/types';
import { openPlanAction } from '../actions/document';
import type { EditorAction } from '../store/types';

export const importPlanAction: EditorAction<Plan> = {
  perform(state, imported) {
    const result = openPlanAction.perform(state, imported);
    if (result === null || result.plan === undefined) return result;
    // Dirty means "differs from the baseline": any other object will do, it is never shown.
    return { ...result, baseline: { ...result.plan }, history: 'record' };
  },
};
