/** The document slice: the active scenario's plan, the other scenarios, and both as last opened or saved. */
import type { Plan } from '@shared/model/types';
import { documentDiffers, scenarioSetOf } from '../scenario-set';
import type { DocumentSlice, EditorSnapshot } from '../types';

export function createDocumentSlice(doc: Plan): DocumentSlice {
  const { plan, scenarios } = scenarioSetOf(doc);
  return { plan, baseline: plan, scenarios, baselineScenarios: scenarios };
}

/** True when any scenario differs from the document last opened or saved (undo back to it makes it clean again). */
export function isDirty(state: Pick<EditorSnapshot, 'plan' | 'baseline' | 'scenarios' | 'baselineScenarios'>): boolean {
  return documentDiffers(state);
}
