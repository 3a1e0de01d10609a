/**
 * Load rule set… and Save rule set… in the Rules tab: the same JSON file as `org-planner check --rules`
 * (src/shared/interop/rule-set.ts), so a team keeps one rule set beside its plans. Loading replaces the
 * plan's rule settings in one undoable step; a file that is not a rule set is refused with the reason and
 * changes nothing.
 */
import { useState } from 'react';
import { describeRuleSet, parseRuleSet, ruleSetToText } from '@shared/interop/rule-set';
import { notifyAction } from '../actions/ui';
import { replaceRuleSetAction } from '../actions/rule-edits';
import { usePlatform } from '../platform/context';
import { useEditorStore } from '../store/context';

/** How many of a bad file's problems the notice lists. */
const SHOWN_PROBLEMS = 3;

export function RuleSetFile() {
  const store = useEditorStore();
  const platform = usePlatform();
  const [busy, setBusy] = useState(false);
  const notify = (tone: 'error' | 'info', text: string): void => {
    store.getState().dispatch(notifyAction, { tone, text });
  };

  async function load(): Promise<void> {
    const file = await platform.openRuleSet();
    // Electron's main has shown its own failures in a dialog.
    if (file.status === 'failed' && platform.kind === 'web') notify('error', file.message);
    if (file.status !== 'read') return;
    const parsed = parseRuleSet(file.text);
    if (!parsed.ok) {
      const more =
        parsed.problems.length > SHOWN_PROBLEMS ? ` (and ${parsed.problems.length - SHOWN_PROBLEMS} more)` : '';
      notify(
        'error',
        `“${file.fileName}” is not a rule set, so nothing changed: ${parsed.problems.slice(0, SHOWN_PROBLEMS).join('; ')}${more}`,
      );
      return;
    }
    store.getState().dispatch(replaceRuleSetAction, { rules: parsed.rules, fileName: file.fileName });
  }

  async function save(): Promise<void> {
    const rules = store.getState().plan.rules ?? {};
    const result = await platform.saveRuleSet(ruleSetToText(rules));
    if (result.status === 'exported')
      notify('info', `Saved the rule set ${result.fileName} (${describeRuleSet(rules)}).`);
    else if (result.status === 'failed' && platform.kind === 'web') notify('error', result.message);
  }

  const run = (action: () => Promise<void>) => (): void => {
    setBusy(true);
    void action().finally(() => {
      setBusy(false);
    });
  };

  return (
    <div className="op-rules__file">
      <button type="button" className="op-button" disabled={busy} data-testid="rules-load" onClick={run(load)}>
        Load rule set…
      </button>
      <button type="button" className="op-button" disabled={busy} data-testid="rules-save" onClick={run(save)}>
        Save rule set…
      </button>
      <span className="op-rules__file-note">The same file as org-planner check --rules.</span>
    </div>
  );
}
