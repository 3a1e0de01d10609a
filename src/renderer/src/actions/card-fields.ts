/** Which fields the plan's cards show (`layout.cardFields`): stored in the plan, one undo step per change. */
import { MAX_CARD_FIELDS } from '@shared/model/limits';
import type { Plan } from '@shared/model/types';
import type { EditorAction } from '../store/types';

function withCardFields(plan: Plan, names: readonly string[]): Plan {
  const layout = { ...plan.layout };
  // None chosen: the key goes, so the file stays as it was before any choice.
  delete layout.cardFields;
  return { ...plan, layout: names.length === 0 ? layout : { ...layout, cardFields: [...names] } };
}

const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((name, i) => name === b[i]);

export const setCardFieldsAction: EditorAction<readonly string[]> = {
  perform(state, names) {
    if (same(state.plan.layout?.cardFields ?? [], names)) return null;
    if (names.length > MAX_CARD_FIELDS)
      return { history: 'none', notice: { tone: 'error', text: `Cards show at most ${MAX_CARD_FIELDS} fields.` } };
    return { plan: withCardFields(state.plan, names), history: 'record' };
  },
};
