/** The top of the changes panel: problems solved and new, waived ones apart, and a notice when the rules differ. */
import type { Violation } from '@shared/rules/violation';
import type { CompareView } from './compare-diff';
import { differingRules, ruleDeltaHeadline, ruleTitle, waiverLine } from './rule-delta';

function Problems({ title, list, testId }: { title: string; list: readonly Violation[]; testId: string }) {
  if (list.length === 0) return null;
  return (
    <>
      <p className="op-compare-delta__sub">{title}</p>
      <ul data-testid={testId}>
        {list.map((v, i) => (
          <li key={`${v.ruleId}-${i}`}>
            {v.message}
            <span className="op-compare-delta__rule">
              {v.severity} · {ruleTitle(v)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function RuleDelta({ view }: { readonly view: CompareView }) {
  const delta = view.diff.problems;
  const waived = waiverLine(delta);
  const rules = differingRules(view.before, view.after);
  const { before, after } = view.diff;
  return (
    <>
      {rules.length > 0 && (
        <p className="op-compare-notice" role="note" data-testid="compare-rules-differ">
          The two plans check different rule settings ({rules.join(', ')}): some problems come and go with the settings,
          not the organisation.
        </p>
      )}
      <section className="op-compare-delta" aria-label="Problems solved and new">
        <p className="op-compare-delta__headline" data-testid="compare-delta">
          {ruleDeltaHeadline(delta)}
        </p>
        <Problems title="New problems" list={delta.introduced} testId="compare-new-problems" />
        <Problems title="Solved problems" list={delta.resolved} testId="compare-solved-problems" />
        {waived !== null && <p className="op-compare-delta__sub">{waived}</p>}
        <p className="op-compare-delta__sub">
          Headcount {before.headcount} → {after.headcount} · open roles {before.openRoles} → {after.openRoles}
        </p>
      </section>
    </>
  );
}
