/**
 * Start a new plan: the article's example or a blank one. Undoable, so an
 * accidental "New" never loses work while plans cannot be saved yet.
 */
import { articleExamplePlan } from '@shared/example/article-example';
import { emptyPlan, type Plan } from '@shared/model/types';
import { EMPTY_SELECTION } from '../store/slices/selection-slice';
import type { EditorAction } from '../store/types';

export type Template = 'example' | 'blank';

export function templatePlan(template: Template): Plan {
  return template === 'example' ? articleExamplePlan() : emptyPlan('Untitled plan');
}

export const newPlanAction: EditorAction<Template> = {
  perform(_state, template) {
    const plan = templatePlan(template);
    return {
      plan,
      baseline: plan,
      selection: EMPTY_SELECTION,
      // Notices were about the plan that is gone.
      ui: { collapsed: new Set(), highlight: null, renamingId: null, dialog: null, dropTarget: null, notices: [] },
      history: 'record',
    };
  },
};
