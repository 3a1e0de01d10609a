/** The document slice: the plan being edited and the one last opened or saved. */
import type { Plan } from '@shared/model/types';
import type { DocumentSlice, EditorSnapshot } from '../types';

export function createDocumentSlice(plan: Plan): DocumentSlice {
  return { plan, baseline: plan };
}

/** True when the plan differs from the one last opened or saved (undo back to it makes it clean again). */
export function isDirty(state: Pick<EditorSnapshot, 'plan' | 'baseline'>): boolean {
  return state.plan !== state.baseline;
}
