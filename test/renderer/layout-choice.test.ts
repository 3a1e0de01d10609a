/** The Auto layout menu's actions: the style stored in the plan, undoable, and the re-layout on every fold. */
import { describe, expect, it } from 'vitest';
import { hiddenByCollapse } from '@shared/edit';
import { articleExamplePlan } from '@shared/example/article-example';
import type { Plan } from '@shared/model/types';
import { layoutPlan } from '@shared/layout/tree-layout';
import {
  autoLayoutAction,
  chooseLayoutAction,
  toggleRelayoutOnCollapseAction,
} from '../../src/renderer/src/actions/auto-layout';
import { toggleCollapseAction } from '../../src/renderer/src/actions/collapse';
import { createEditorStore } from '../../src/renderer/src/store/create-store';
import { DEFAULT_PREFERENCES } from '../../src/shared/settings/preferences';

function exampleStore() {
  return createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
}

describe('the layout choice', () => {
  it('is stored in the plan and lays it out in one undo step; undo restores both', () => {
    const store = exampleStore();
    const before = store.getState().plan;
    store.getState().dispatch(chooseLayoutAction, 'left-right');
    const after = store.getState().plan;
    expect(after.layout).toEqual({ style: 'left-right' });
    expect(after.nodes.map((n) => n.position)).toEqual(
      layoutPlan(before, { style: 'left-right' }).nodes.map((n) => n.position),
    );
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().plan).toBe(before);
    // Auto layout then uses the plan's choice.
    store.getState().redo();
    store.getState().dispatch(chooseLayoutAction, 'left-right');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('Auto layout closes the gap a collapsed subtree leaves', () => {
    const store = exampleStore();
    const initial = store.getState().plan;
    store.getState().dispatch(toggleCollapseAction, 'pm-checkout');
    const folded = store.getState().plan;
    expect(folded).toBe(initial); // a fold alone does not move cards
    const hidden = hiddenByCollapse(folded, store.getState().ui.collapsed);
    expect(hidden.size).toBeGreaterThan(0);
    store.getState().dispatch(autoLayoutAction, undefined);
    const relaid = store.getState().plan;
    // The cards still shown take less room: the folded subtree's room is gone.
    const area = (plan: Plan): number => {
      const shown = plan.nodes.filter((n) => !hidden.has(n.id)).map((n) => n.position!);
      const xs = shown.map((p) => p.x);
      const ys = shown.map((p) => p.y);
      return (Math.max(...xs) - Math.min(...xs) + 220) * (Math.max(...ys) - Math.min(...ys) + 84);
    };
    expect(area(relaid)).toBeLessThan(area(folded));
  });

  it('re-lays out on every collapse and expand once switched on, each fold one undo step', () => {
    const store = exampleStore();
    store.getState().dispatch(toggleRelayoutOnCollapseAction, undefined);
    expect(store.getState().plan.layout).toEqual({ relayoutOnCollapse: true });
    const open = store.getState().plan;
    store.getState().dispatch(toggleCollapseAction, 'pm-checkout');
    const folded = store.getState().plan;
    expect(folded).not.toBe(open);
    expect(store.getState().ui.collapsed.has('pm-checkout')).toBe(true);
    store.getState().dispatch(toggleCollapseAction, 'pm-checkout');
    // Expanded again: back to the layout of the whole plan.
    expect(store.getState().plan.nodes.map((n) => n.position)).toEqual(open.nodes.map((n) => n.position));
    store.getState().dispatch(toggleRelayoutOnCollapseAction, undefined);
    expect(store.getState().plan.layout).toEqual({ relayoutOnCollapse: false });
  });
});
