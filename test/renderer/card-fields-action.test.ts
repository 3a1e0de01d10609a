import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { emptyPlan, type Plan } from '@shared/model/types';
import { setCardFieldsAction } from '../../src/renderer/src/actions/card-fields';
import { editNodeFieldAction } from '../../src/renderer/src/actions/node-fields';
import { createEditorStore } from '../../src/renderer/src/store/create-store';
import { DEFAULT_PREFERENCES } from '../../src/shared/settings/preferences';

describe('setCardFieldsAction', () => {
  it('stores the choice in the plan as one undo step, and removes the key when none is left', () => {
    const store = createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
    const layoutBefore = store.getState().plan.layout;
    store.getState().dispatch(setCardFieldsAction, ['department']);
    expect(store.getState().plan.layout?.cardFields).toEqual(['department']);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().dispatch(setCardFieldsAction, ['department']);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().dispatch(setCardFieldsAction, []);
    expect(Object.keys(store.getState().plan.layout ?? {})).not.toContain('cardFields');
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().plan.layout).toEqual(layoutBefore);
  });

  it('refuses more than three with a notice and no undo step', () => {
    const store = createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
    store.getState().dispatch(setCardFieldsAction, ['a', 'b', 'c', 'd']);
    expect(store.getState().plan.layout?.cardFields).toBeUndefined();
    expect(store.getState().ui.notices.at(-1)?.tone).toBe('error');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('renaming a shown field in the inspector keeps the cards showing it, and one Undo restores both', () => {
    const person = { id: 'ada', kind: 'person', name: 'Ada', fields: { department: 'Sales' } } as const;
    const onlyHere: Plan = { ...emptyPlan('P'), nodes: [person] };
    const store = createEditorStore({ plan: onlyHere, settings: DEFAULT_PREFERENCES });
    store.getState().dispatch(setCardFieldsAction, ['department']);
    store.getState().dispatch(editNodeFieldAction, {
      id: person.id,
      edit: { op: 'rename', name: 'department', to: 'unit' },
    });
    expect(store.getState().plan.layout?.cardFields).toEqual(['unit']);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().plan.layout?.cardFields).toEqual(['department']);
    expect(store.getState().plan.nodes[0]?.fields).toEqual(person.fields);
  });
});
