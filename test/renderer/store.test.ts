import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { emptyPlan, type Position } from '@shared/model/types';
import { addNodeAction } from '../../src/renderer/src/actions/add-node';
import { autoLayoutAction } from '../../src/renderer/src/actions/auto-layout';
import { copyAction, cutAction, pasteAction } from '../../src/renderer/src/actions/clipboard';
import { toggleCollapseAction } from '../../src/renderer/src/actions/collapse';
import { connectNodesAction } from '../../src/renderer/src/actions/connect-nodes';
import { deleteSelectionAction } from '../../src/renderer/src/actions/delete-selection';
import { markSavedAction, openPlanAction } from '../../src/renderer/src/actions/document';
import { dragNodesAction } from '../../src/renderer/src/actions/drag-nodes';
import { endDragAction } from '../../src/renderer/src/actions/end-drag';
import { findNodeAction } from '../../src/renderer/src/actions/find-node';
import { finishRenameAction } from '../../src/renderer/src/actions/finish-rename';
import { newPlanAction } from '../../src/renderer/src/actions/new-plan';
import { applySelectChangesAction, selectAllAction } from '../../src/renderer/src/actions/selection';
import { startRenameAction, updateSettingsAction } from '../../src/renderer/src/actions/ui';
import { updateNodeAction } from '../../src/renderer/src/actions/update-node';
import { DEFAULT_PREFERENCES } from '../../src/shared/settings/preferences';
import { createEditorStore } from '../../src/renderer/src/store/create-store';
import { isDirty } from '../../src/renderer/src/store/slices/document-slice';

function exampleStore() {
  return createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
}

function pastSteps(store: ReturnType<typeof exampleStore>): number {
  return store.temporal.getState().pastStates.length;
}

const at = (x: number, y: number): Position => ({ x, y });

describe('the editor store', () => {
  it('finishes a rename in place in one state change: the new name as one undo step, renaming over', () => {
    const store = exampleStore();
    const original = store.getState().plan;
    const id = original.nodes[0]?.id as string;
    store.getState().dispatch(startRenameAction, id);
    let changes = 0;
    const unsubscribe = store.subscribe(() => {
      changes++;
    });
    store.getState().dispatch(finishRenameAction, { id, name: 'Renamed Person' });
    unsubscribe();
    expect(changes).toBe(1); // the store's readers run once, not once for the name and once for the field
    expect(store.getState().ui.renamingId).toBeNull();
    expect(store.getState().plan.nodes[0]?.name).toBe('Renamed Person');
    expect(pastSteps(store)).toBe(1);
    store.getState().undo();
    expect(store.getState().plan).toBe(original);
  });

  it('cancels a rename in place, or keeps an unchanged name, without an undo step', () => {
    const store = exampleStore();
    const original = store.getState().plan;
    const id = original.nodes[0]?.id as string;
    store.getState().dispatch(startRenameAction, id);
    store.getState().dispatch(finishRenameAction, { id, name: null });
    expect(store.getState().ui.renamingId).toBeNull();
    store.getState().dispatch(startRenameAction, id);
    store.getState().dispatch(finishRenameAction, { id, name: original.nodes[0]?.name ?? '' });
    expect(store.getState().ui.renamingId).toBeNull();
    expect(store.getState().plan).toBe(original);
    expect(pastSteps(store)).toBe(0);
  });

  it('records a document edit as one undo step and undoes it', () => {
    const store = exampleStore();
    const original = store.getState().plan;
    store.getState().dispatch(addNodeAction, { spec: { kind: 'po' }, at: at(5000, 5000) });
    const added = store.getState().plan;
    expect(added.nodes).toHaveLength(original.nodes.length + 1);
    expect(pastSteps(store)).toBe(1);
    expect(store.getState().selection.nodes).toEqual(new Set(['po-1']));
    expect(store.getState().ui.renamingId).toBe('po-1');
    store.getState().undo();
    expect(store.getState().plan).toBe(original);
    // The selection forgets the node that went away.
    expect(store.getState().selection.nodes.size).toBe(0);
    store.getState().redo();
    expect(store.getState().plan).toBe(added);
  });

  it('places a new PO under the one selected PM, connected, as one undo step', () => {
    const store = createEditorStore({ plan: emptyPlan('t'), settings: DEFAULT_PREFERENCES });
    store.getState().dispatch(addNodeAction, { spec: { kind: 'pm' }, at: at(0, 0) });
    const pmId = [...store.getState().selection.nodes][0] as string;
    const before = store.getState().plan;
    store.getState().dispatch(addNodeAction, { spec: { kind: 'po' }, at: at(4000, 4000) });
    const { plan, selection } = store.getState();
    const poId = [...selection.nodes][0] as string;
    expect(plan.edges.map((e) => [e.kind, e.source, e.target])).toEqual([['reports-to', poId, pmId]]);
    expect(store.getState().ui.notices.at(-1)?.text).toContain('reports to');
    store.getState().undo();
    expect(store.getState().plan).toBe(before);
    // Dropped at a spot the user chose: placed there, not connected.
    store.getState().dispatch(applySelectChangesAction, { nodes: [{ id: pmId, selected: true }] });
    store.getState().dispatch(addNodeAction, { spec: { kind: 'po' }, at: at(4000, 4000), exact: true });
    expect(store.getState().plan.edges).toEqual([]);
  });

  it('keeps selection, settings and viewport-like UI state out of the history', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    dispatch(applySelectChangesAction, { nodes: [{ id: 'cpo', selected: true }] });
    dispatch(selectAllAction, new Set());
    dispatch(updateSettingsAction, { snapToGrid: true });
    dispatch(toggleCollapseAction, 'pm-payments');
    dispatch(findNodeAction, 'po-cards');
    expect(pastSteps(store)).toBe(0);
  });

  it('commits a whole drag as one step, and only at its end', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    const start = store.getState().plan.nodes.find((n) => n.id === 'scrum-master')!.position!;
    // Upwards, clear of every card (in the compact layout, 400 px down ends on a PO's card: a re-parenting drop).
    for (let i = 1; i <= 10; i++)
      dispatch(dragNodesAction, new Map([['scrum-master', at(start.x + i * 10, start.y - 400)]]));
    expect(pastSteps(store)).toBe(0);
    expect(store.getState().ui.dragPositions?.get('scrum-master')).toEqual(at(start.x + 100, start.y - 400));
    expect(store.getState().plan.nodes.find((n) => n.id === 'scrum-master')!.position).toEqual(start);
    dispatch(endDragAction, new Map([['scrum-master', at(start.x + 100, start.y - 400)]]));
    expect(pastSteps(store)).toBe(1);
    expect(store.getState().ui.dragPositions).toBeNull();
    expect(store.getState().plan.nodes.find((n) => n.id === 'scrum-master')!.position).toEqual(
      at(start.x + 100, start.y - 400),
    );
    store.getState().undo();
    expect(store.getState().plan.nodes.find((n) => n.id === 'scrum-master')!.position).toEqual(start);
  });

  it('re-parents a person dropped onto another person, in one step, leaving them where they were', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    const plan = store.getState().plan;
    const lena = plan.nodes.find((n) => n.id === 'po-cart')!;
    const priya = plan.nodes.find((n) => n.id === 'pm-payments')!.position!;
    dispatch(dragNodesAction, new Map([['po-cart', at(priya.x + 10, priya.y + 5)]]));
    expect(store.getState().ui.dropTarget).toMatchObject({ nodeId: 'po-cart', targetId: 'pm-payments', ok: true });
    dispatch(endDragAction, new Map([['po-cart', at(priya.x + 10, priya.y + 5)]]));
    const after = store.getState().plan;
    expect(after.edges.filter((e) => e.kind === 'reports-to' && e.source === 'po-cart').map((e) => e.target)).toEqual([
      'pm-payments',
    ]);
    expect(after.nodes.find((n) => n.id === 'po-cart')!.position).toEqual(lena.position);
    expect(pastSteps(store)).toBe(1);
    expect(store.getState().ui.notices.at(-1)?.text).toContain('instead of Daniel Okafor (PM)');
  });

  it('refuses a drop that would make a cycle, and then just moves', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    const lena = store.getState().plan.nodes.find((n) => n.id === 'po-cart')!.position!;
    dispatch(dragNodesAction, new Map([['cpo', at(lena.x + 5, lena.y + 5)]]));
    expect(store.getState().ui.dropTarget).toMatchObject({ targetId: 'po-cart', ok: false });
    dispatch(endDragAction, new Map([['cpo', at(lena.x + 5, lena.y + 5)]]));
    expect(store.getState().plan.edges.some((e) => e.source === 'cpo')).toBe(false);
    expect(store.getState().plan.nodes.find((n) => n.id === 'cpo')!.position).toEqual(at(lena.x + 5, lena.y + 5));
  });

  it('pastes as one step, and each paste lands further away', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    dispatch(applySelectChangesAction, {
      nodes: [
        { id: 'pm-checkout', selected: true },
        { id: 'po-cart', selected: true },
      ],
    });
    dispatch(copyAction, undefined);
    dispatch(pasteAction, undefined);
    dispatch(pasteAction, undefined);
    expect(pastSteps(store)).toBe(2);
    const nodes = store.getState().plan.nodes;
    const source = nodes.find((n) => n.id === 'pm-checkout')!.position!;
    expect(nodes.at(-2)!.position).toEqual(at(source.x + 80, source.y + 80));
    expect(store.getState().plan.edges.at(-1)).toMatchObject({
      kind: 'reports-to',
      source: nodes.at(-1)!.id,
      target: nodes.at(-2)!.id,
    });
    store.getState().undo();
    expect(store.getState().plan.nodes).toHaveLength(nodes.length - 2);
  });

  it('cuts and pastes back in place', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    const original = store.getState().plan;
    dispatch(applySelectChangesAction, { nodes: [{ id: 'sh-sales', selected: true }] });
    dispatch(cutAction, undefined);
    expect(store.getState().plan.nodes.some((n) => n.id === 'sh-sales')).toBe(false);
    dispatch(pasteAction, undefined);
    const pasted = store.getState().plan.nodes.at(-1)!;
    expect(pasted).toMatchObject({
      name: 'Sales',
      position: original.nodes.find((n) => n.id === 'sh-sales')!.position,
    });
  });

  it('lays out in one step', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    dispatch(endDragAction, new Map([['cpo', at(-3000, 3000)]]));
    dispatch(autoLayoutAction, undefined);
    expect(pastSteps(store)).toBe(2);
    dispatch(autoLayoutAction, undefined);
    expect(pastSteps(store)).toBe(2);
  });

  it('deletes the selection with its edges, and tells a refused connection why', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    dispatch(applySelectChangesAction, { nodes: [{ id: 'pm-payments', selected: true }] });
    dispatch(deleteSelectionAction, undefined);
    expect(store.getState().plan.edges.some((e) => e.source === 'pm-payments' || e.target === 'pm-payments')).toBe(
      false,
    );
    expect(store.getState().selection.nodes.size).toBe(0);
    const before = pastSteps(store);
    dispatch(connectNodesAction, { from: 'team-cart', to: 'sh-sales', side: 'side' });
    expect(pastSteps(store)).toBe(before);
    expect(store.getState().ui.notices.at(-1)).toMatchObject({ tone: 'error' });
  });

  it('is dirty while the plan differs from the one opened, clean again after undoing back', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    expect(isDirty(store.getState())).toBe(false);
    dispatch(updateNodeAction, { id: 'cpo', patch: { name: 'Maria F.' } });
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(false);
  });

  it('starts a new plan undoably, clean, with collapsed state reset', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    dispatch(toggleCollapseAction, 'cpo');
    dispatch(newPlanAction, 'blank');
    expect(store.getState().plan).toEqual({ ...emptyPlan('Untitled plan') });
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState().ui.collapsed.size).toBe(0);
    store.getState().undo();
    expect(store.getState().plan.nodes).toHaveLength(19);
  });

  it('collapsing deselects what it hides; finding a hidden node unfolds it and highlights its chain', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    dispatch(applySelectChangesAction, {
      nodes: [
        { id: 'po-cards', selected: true },
        { id: 'pm-payments', selected: true },
      ],
    });
    dispatch(toggleCollapseAction, undefined);
    // Both selected nodes are folded: the PM's subtree hides the PO.
    expect(store.getState().ui.collapsed).toEqual(new Set(['pm-payments', 'po-cards']));
    expect(store.getState().selection.nodes).toEqual(new Set(['pm-payments']));
    dispatch(findNodeAction, 'team-cards');
    expect(store.getState().ui.collapsed.size).toBe(0);
    expect(store.getState().ui.highlight).toMatchObject({ targetId: 'team-cards' });
    expect(store.getState().selection.nodes).toEqual(new Set(['team-cards']));
  });
});

describe('opening and saving', () => {
  it('opens a plan with a fresh history, laying out nodes that have no position', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    dispatch(updateNodeAction, { id: 'cpo', patch: { name: 'Maria F.' } });
    const bare = { ...emptyPlan('Opened'), nodes: [{ id: 'a', kind: 'pm' as const, name: 'Ann' }], edges: [] };
    dispatch(openPlanAction, bare);
    const state = store.getState();
    expect(state.plan.nodes[0]?.position).toEqual({ x: 0, y: 0 });
    expect(isDirty(state)).toBe(false);
    expect(pastSteps(store)).toBe(0);
    expect(store.temporal.getState().futureStates).toEqual([]);
  });

  it('marks the plan saved without touching the history', () => {
    const store = exampleStore();
    const { dispatch } = store.getState();
    dispatch(updateNodeAction, { id: 'cpo', patch: { name: 'Maria F.' } });
    dispatch(markSavedAction, undefined);
    expect(isDirty(store.getState())).toBe(false);
    expect(pastSteps(store)).toBe(1);
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(true);
  });
});
