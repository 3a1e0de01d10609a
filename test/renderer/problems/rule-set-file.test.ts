/** Load rule set…: the file's settings replace the plan's own in one undo step, with a notice; Save writes the same format. */
import { describe, expect, it } from 'vitest';
import { parseRuleSet, ruleSetToText } from '@shared/interop/rule-set';
import { emptyPlan, type Plan } from '@shared/model/types';
import { replaceRuleSetAction, setRuleSeverityAction } from '../../../src/renderer/src/actions/rule-edits';
import { DEFAULT_PREFERENCES } from '../../../src/shared/settings/preferences';
import { createEditorStore } from '../../../src/renderer/src/store/create-store';

const plan: Plan = {
  ...emptyPlan('Rules'),
  nodes: [{ id: 'p', kind: 'person', name: 'Sam' }],
  edges: [],
  rules: { 'span-of-control': { options: { max: 12 } } },
  waivers: [{ ruleId: 'po-has-pm', nodeId: 'p', reason: 'Pilot' }],
};

describe('loading a rule set into the plan', () => {
  it('replaces the rule settings in one undo step, keeps the waivers, and says what it loaded', () => {
    const store = createEditorStore({ plan, settings: DEFAULT_PREFERENCES });
    const parsed = parseRuleSet(
      '{"rules": {"po-has-pm": {"severity": "info"}, "stakeholder-engaged": {"enabled": false}}}',
    );
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    store.getState().dispatch(replaceRuleSetAction, { rules: parsed.rules, fileName: 'team-rules.json' });
    expect(store.getState().plan.rules).toEqual({
      'po-has-pm': { severity: 'info' },
      'stakeholder-engaged': { enabled: false },
    });
    expect(store.getState().plan.waivers).toEqual(plan.waivers);
    expect(store.getState().ui.notices.at(-1)?.text).toBe(
      'Loaded the rule set “team-rules.json” in place of this plan’s rule settings (2 rules set: 1 switched off, 1 severity and 0 rules’ options changed). Undo brings them back.',
    );
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().plan.rules).toEqual(plan.rules);
  });

  it('saves the plan’s settings as a file that loads back as the same settings (the check --rules format)', () => {
    const store = createEditorStore({ plan, settings: DEFAULT_PREFERENCES });
    store.getState().dispatch(setRuleSeverityAction, { ruleId: 'po-has-pm', severity: 'warning' });
    const rules = store.getState().plan.rules ?? {};
    const text = ruleSetToText(rules);
    expect(JSON.parse(text)).toEqual({
      rules: { 'po-has-pm': { severity: 'warning' }, 'span-of-control': { max: 12 } },
    });
    expect(parseRuleSet(text)).toEqual({ ok: true, rules });
  });
});
