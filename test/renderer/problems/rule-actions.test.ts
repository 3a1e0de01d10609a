/** Rule settings, waivers and quick fixes through the store: one undo step each, none for a no-op; markers stay memoised. */
import { describe, expect, it } from 'vitest';
import { quickFixesFor } from '@shared/fixes';
import { emptyPlan, type Plan } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';
import { focusProblemAction, startWaiveAction, toggleProblemsAction } from '../../../src/renderer/src/actions/problems';
import {
  addWaiverAction,
  applyQuickFixAction,
  removeWaiverAction,
  setRuleEnabledAction,
  setRuleOptionAction,
  setRuleSeverityAction,
} from '../../../src/renderer/src/actions/rule-edits';
import { updateNodeAction } from '../../../src/renderer/src/actions/update-node';
import { createNodeDeriver } from '../../../src/renderer/src/canvas/derive';
import { DEFAULT_PREFERENCES } from '../../../src/shared/settings/preferences';
import { planMarkers, planSummary, planViolations } from '../../../src/renderer/src/problems/violations';
import { createEditorStore } from '../../../src/renderer/src/store/create-store';

function poWithoutPm(): Plan {
  return {
    ...emptyPlan('Rules'),
    nodes: [
      { id: 'pm', kind: 'pm', name: 'Dan', position: { x: 0, y: 0 } },
      { id: 'po', kind: 'po', name: 'Lena', position: { x: 0, y: 200 } },
      { id: 'p', kind: 'person', name: 'Sam', position: { x: 300, y: 0 } },
    ],
    edges: [],
  };
}

function storeOf(plan: Plan) {
  return createEditorStore({ plan, settings: DEFAULT_PREFERENCES });
}

const steps = (store: ReturnType<typeof storeOf>): number => store.temporal.getState().pastStates.length;

describe('rule edits in the store', () => {
  it('marks a node with every message about it, worst first, in one marker', () => {
    const plan = poWithoutPm();
    const about = planViolations(plan).filter((v) => v.nodeIds[0] === 'po' && v.waived !== true);
    expect(about.length).toBeGreaterThan(1);
    expect(planMarkers(plan).nodes.get('po')).toEqual({
      severity: about[0]?.severity,
      text: about.map((v) => v.message).join('\n'),
    });
  });

  it('records each settings change as one undo step and ignores no-ops', () => {
    const store = storeOf(poWithoutPm());
    const { dispatch } = store.getState();
    dispatch(setRuleEnabledAction, { ruleId: 'po-in-team', enabled: true });
    expect(steps(store)).toBe(0);
    dispatch(setRuleEnabledAction, { ruleId: 'po-in-team', enabled: false });
    dispatch(setRuleSeverityAction, { ruleId: 'pm-has-po', severity: 'error' });
    dispatch(setRuleOptionAction, { ruleId: 'span-of-control', name: 'max', value: 2 });
    expect(steps(store)).toBe(3);
    expect(store.getState().plan.rules).toEqual({
      'po-in-team': { enabled: false },
      'pm-has-po': { severity: 'error' },
      'span-of-control': { options: { max: 2 } },
    });
    expect(planViolations(store.getState().plan).some((v) => v.ruleId === 'po-in-team')).toBe(false);
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().plan.rules).toBeUndefined();
  });

  it('waives with a reason in one step, closing the dialog; a blank reason is refused with a notice', () => {
    const store = storeOf(poWithoutPm());
    const v = planViolations(store.getState().plan).find((x) => x.ruleId === 'po-in-team')!;
    store.getState().dispatch(startWaiveAction, v);
    expect(store.getState().ui.dialog).toBe('waive');
    store.getState().dispatch(addWaiverAction, { ruleId: v.ruleId, nodeId: 'po', reason: ' ' });
    expect(steps(store)).toBe(0);
    expect(store.getState().ui.notices.at(-1)?.tone).toBe('error');
    store.getState().dispatch(addWaiverAction, { ruleId: v.ruleId, nodeId: 'po', reason: 'Joins a team next month' });
    expect(steps(store)).toBe(1);
    expect(store.getState().ui.dialog).toBeNull();
    expect(planSummary(store.getState().plan).waived).toBe(1);
    store.getState().dispatch(removeWaiverAction, { ruleId: v.ruleId, nodeId: 'po' });
    expect(steps(store)).toBe(2);
    expect(store.getState().plan.waivers).toBeUndefined();
  });

  it('applies a quick fix as one undoable step', () => {
    const store = storeOf(poWithoutPm());
    const before = store.getState().plan;
    const v = planViolations(before).find((x) => x.ruleId === 'po-reports-to-pm')!;
    const [fix] = quickFixesFor(before, v);
    store.getState().dispatch(applyQuickFixAction, fix!);
    expect(steps(store)).toBe(1);
    expect(checkPlan(store.getState().plan).some((x) => x.ruleId === 'po-reports-to-pm')).toBe(false);
    store.getState().undo();
    expect(store.getState().plan).toBe(before);
  });

  it('focusing a problem selects its nodes and edges and opens the panel, outside the history', () => {
    const store = storeOf(poWithoutPm());
    const v = planViolations(store.getState().plan)[0]!;
    store.getState().dispatch(focusProblemAction, v);
    expect([...store.getState().selection.nodes]).toEqual(v.nodeIds);
    expect(store.getState().ui.problems.open).toBe(true);
    store.getState().dispatch(toggleProblemsAction, 'problems');
    expect(store.getState().ui.problems.open).toBe(false);
    expect(steps(store)).toBe(0);
  });
});

describe('violations derived from the plan', () => {
  it('checks once per plan object and keeps unaffected cards identical across an unrelated edit', () => {
    const store = storeOf(poWithoutPm());
    const plan = store.getState().plan;
    expect(planViolations(plan)).toBe(planViolations(plan));
    const derive = createNodeDeriver();
    const none = new Set<string>();
    const first = derive(plan, none, null, none, planMarkers(plan));
    expect(first.find((n) => n.id === 'po')?.data.marker?.severity).toBe('error');
    // Renaming Sam re-checks the plan; Lena's and Dan's cards (same problems) stay the same objects.
    store.getState().dispatch(updateNodeAction, { id: 'p', patch: { name: 'Samuel' } });
    const next = store.getState().plan;
    // The same problems after the rename: the same markers object, so the canvas need not compare them again.
    expect(planMarkers(next)).toBe(planMarkers(plan));
    const second = derive(next, none, null, none, planMarkers(next));
    expect(second.find((n) => n.id === 'po')).toBe(first.find((n) => n.id === 'po'));
    expect(second.find((n) => n.id === 'pm')).toBe(first.find((n) => n.id === 'pm'));
    expect(second.find((n) => n.id === 'p')).not.toBe(first.find((n) => n.id === 'p'));
  });
});
