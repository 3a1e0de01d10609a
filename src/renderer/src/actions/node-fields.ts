/** Edits of a node's named fields from the inspector: one undo step each; a refusal is shown as an error notice. */
import { editNodeField, type FieldEdit } from '@shared/edit/node-fields-edit';
import type { EditorAction } from '../store/types';

export interface NodeFieldArg {
  readonly id: string;
  readonly edit: FieldEdit;
}

export const editNodeFieldAction: EditorAction<NodeFieldArg> = {
  perform(state, { id, edit }) {
    const result = editNodeField(state.plan, id, edit);
    if (!result.ok) return { history: 'none', notice: { tone: 'error', text: result.reason } };
    if (result.plan === state.plan) return null;
    return { plan: result.plan, history: 'record' };
  },
};
