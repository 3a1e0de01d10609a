/**
 * Replacing the document with an opened, restored or imported plan: a new
 * history starts (openPlanAction). A restored draft or an imported CSV is
 * unsaved work, so it stays dirty until saved.
 */
import type { Plan } from '@shared/model/types';
import { openPlanAction } from '../actions/document';
import type { EditorAction } from '../store/types';

export const loadPlanAction: EditorAction<{ readonly plan: Plan; readonly dirty: boolean }> = {
  perform(state, { plan, dirty }) {
    const result = openPlanAction.perform(state, plan);
    if (result === null || !dirty || result.plan === undefined) return result;
    // Dirty means "differs from the baseline": any other object will do, it is never shown.
    return { ...result, baseline: { ...result.plan } };
  },
};
