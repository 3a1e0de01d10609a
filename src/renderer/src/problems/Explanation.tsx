/**
 * The selected problem: what it says, the rule and the article's passage
 * behind it, and what to do: quick fixes (one undoable step each), waiving it
 * with a reason, or removing its waiver.
 */
import { useMemo } from 'react';
import { canWaive, quickFixesFor, staleWaiverOf } from '@shared/fixes';
import { findRule } from '@shared/rules/catalog';
import type { Violation } from '@shared/rules/violation';
import { startWaiveAction, toggleProblemsAction } from '../actions/problems';
import { applyQuickFixAction, removeWaiverAction } from '../actions/rule-edits';
import { titleFor } from '../commands/platform-keys';
import { useDispatch, usePlan } from '../store/hooks';
import { RuleText } from './RuleText';
import { SeverityIcon, severityLabel } from './SeverityIcon';
import { planViolations } from './violations';

export function Explanation({ violation }: { readonly violation: Violation | undefined }) {
  const plan = usePlan();
  const dispatch = useDispatch();
  const fixes = useMemo(
    () => (violation === undefined ? [] : quickFixesFor(plan, violation, planViolations(plan))),
    [plan, violation],
  );
  if (violation === undefined)
    return (
      <aside className="op-explanation op-explanation--empty" aria-label="Explanation">
        <p>Select a problem to see why it matters and how to fix it.</p>
        <p className="op-explanation__keys">
          <kbd>F8</kbd> next problem · <kbd>Shift+F8</kbd> previous
        </p>
      </aside>
    );
  const rule = findRule(violation.ruleId);
  const first = violation.nodeIds[0];
  // A stale waiver's own fix (Remove waiver) is in `fixes`: no second button for it.
  const isStale = staleWaiverOf(plan, violation) !== undefined;
  return (
    <aside className="op-explanation" aria-label="Explanation" data-testid="explanation">
      <header className="op-explanation__head">
        <SeverityIcon severity={violation.severity} size={16} />
        <span className="op-visually-hidden">{severityLabel(violation.severity)}: </span>
        <code>{violation.ruleId}</code>
        <button
          type="button"
          className="op-link-button"
          onClick={() => {
            dispatch(toggleProblemsAction, 'rules');
          }}
        >
          Rule settings
        </button>
      </header>
      <p className="op-explanation__message">{violation.message}</p>
      {violation.waived === true && (
        <p className="op-explanation__waived">
          Waived: <q>{violation.waiverReason}</q>
        </p>
      )}
      <div className="op-explanation__actions">
        {fixes.map((fix) => (
          <button
            key={fix.id}
            type="button"
            className="op-button op-button--primary"
            data-testid="quick-fix"
            title={`Quick fix, one step: ${titleFor('undo')} takes it back`}
            onClick={() => {
              dispatch(applyQuickFixAction, fix);
            }}
          >
            {fix.label}
          </button>
        ))}
        {violation.waived === true && first !== undefined && (
          <button
            type="button"
            className="op-button"
            onClick={() => {
              dispatch(removeWaiverAction, { ruleId: violation.ruleId, nodeId: first });
            }}
          >
            Remove waiver
          </button>
        )}
        {violation.waived !== true && !isStale && canWaive(violation) && (
          <button
            type="button"
            className="op-button"
            title="Accept this problem with a reason: it stays listed, greyed, and no longer counts"
            onClick={() => {
              dispatch(startWaiveAction, violation);
            }}
          >
            Waive…
          </button>
        )}
      </div>
      {rule !== undefined && <RuleText rule={rule} />}
    </aside>
  );
}
