/**
 * Edits the rule checker makes to the plan: rule settings, waivers and quick
 * fixes. Each is one undo step; an edit that changes nothing records none.
 */
import { addWaiver, removeWaiver, resetRule, setRuleEnabled, setRuleOption, setRuleSeverity } from '@shared/fixes';
import type { QuickFix } from '@shared/fixes';
import { describeRuleSet, withRuleSet, type RuleSet } from '@shared/interop/rule-set';
import type { Plan, Severity } from '@shared/model/types';
import { pruneSelection } from '../store/slices/selection-slice';
import type { ActionResult, EditorAction } from '../store/types';

function recorded(before: Plan, after: Plan, text?: string): ActionResult | null {
  if (after === before) return null;
  return text === undefined
    ? { plan: after, history: 'record' }
    : { plan: after, history: 'record', notice: { tone: 'info', text } };
}

export const setRuleEnabledAction: EditorAction<{ readonly ruleId: string; readonly enabled: boolean }> = {
  perform: (state, { ruleId, enabled }) => recorded(state.plan, setRuleEnabled(state.plan, ruleId, enabled)),
};

export const setRuleSeverityAction: EditorAction<{ readonly ruleId: string; readonly severity: Severity }> = {
  perform: (state, { ruleId, severity }) => recorded(state.plan, setRuleSeverity(state.plan, ruleId, severity)),
};

export const setRuleOptionAction: EditorAction<{
  readonly ruleId: string;
  readonly name: string;
  readonly value: number;
}> = {
  perform: (state, { ruleId, name, value }) => recorded(state.plan, setRuleOption(state.plan, ruleId, name, value)),
};

/**
 * Load rule set…: the file's settings replace the plan's own `rules` (waivers stay), one undo step,
 * with a notice saying what it holds.
 */
export const replaceRuleSetAction: EditorAction<{ readonly rules: RuleSet; readonly fileName: string }> = {
  perform: (state, { rules, fileName }) =>
    recorded(
      state.plan,
      withRuleSet(state.plan, rules),
      `Loaded the rule set “${fileName}” in place of this plan’s rule settings (${describeRuleSet(rules)}). Undo brings them back.`,
    ),
};

export const resetRuleAction: EditorAction<string> = {
  perform: (state, ruleId) => recorded(state.plan, resetRule(state.plan, ruleId)),
};

/** Stores the waiver and closes the waive dialog; a blank reason is refused with a notice. */
export const addWaiverAction: EditorAction<{
  readonly ruleId: string;
  readonly nodeId: string;
  readonly reason: string;
}> = {
  perform(state, { ruleId, nodeId, reason }) {
    const result = addWaiver(state.plan, ruleId, nodeId, reason);
    if (!result.ok) return { history: 'none', notice: { tone: 'error', text: result.reason } };
    return { plan: result.plan, history: 'record', ui: { dialog: null, waiveKey: null } };
  },
};

export const removeWaiverAction: EditorAction<{ readonly ruleId: string; readonly nodeId: string }> = {
  perform: (state, { ruleId, nodeId }) =>
    recorded(state.plan, removeWaiver(state.plan, ruleId, nodeId), `Removed the waiver for ${ruleId}.`),
};

export const applyQuickFixAction: EditorAction<QuickFix> = {
  perform(state, fix) {
    const plan = fix.apply(state.plan);
    if (plan === state.plan) return null;
    return {
      plan,
      selection: pruneSelection(state.selection, plan),
      history: 'record',
      notice: { tone: 'info', text: `Quick fix applied: ${fix.label}.` },
    };
  },
};
