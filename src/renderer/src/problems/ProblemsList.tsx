/**
 * The problems, grouped by severity then rule (headed by the rule's summary), with filters by severity and
 * by text. Waived problems stay listed, greyed, with their reason. A click
 * selects a problem's nodes and edges and brings them into view.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { violationKey } from '@shared/fixes';
import { SEVERITIES, type Severity } from '@shared/model/types';
import { findRule } from '@shared/rules/catalog';
import type { Violation } from '@shared/rules/violation';
import { countBySeverity, filterProblems, groupProblems, PLURAL } from './problem-groups';
import { ProblemFilters } from './ProblemFilters';
import { ProblemRow } from './ProblemRow';
import { SeverityIcon } from './SeverityIcon';

export function ProblemsList({
  violations,
  active,
  onPick,
}: {
  readonly violations: readonly Violation[];
  readonly active: string | null;
  readonly onPick: (v: Violation) => void;
}) {
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const counts = useMemo(() => countBySeverity(violations), [violations]);
  const groups = useMemo(() => groupProblems(filterProblems(violations, shown, query)), [violations, shown, query]);

  // F8 moves the active problem: keep its row in view.
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <div className="op-problems__list-pane">
      <ProblemFilters shown={shown} onShownChange={setShown} counts={counts} query={query} onQueryChange={setQuery} />
      <div className="op-problems__list" ref={listRef}>
        {violations.length === 0 && (
          <p className="op-problems__none">No problems: the plan follows every enabled rule.</p>
        )}
        {violations.length > 0 && groups.length === 0 && (
          <p className="op-problems__none">No problem matches the filter.</p>
        )}
        {groups.map((group) => (
          <section key={group.severity} aria-label={PLURAL[group.severity]}>
            {group.rules.map((rule) => (
              <div key={rule.ruleId} className="op-problems__rule">
                <h3 className="op-problems__rule-head" data-testid="problem-group" data-rule={rule.ruleId}>
                  <SeverityIcon severity={group.severity} />
                  {/* The rule in words; its id (what waivers and the CLI name) on hover. */}
                  <span className="op-problems__rule-title" title={rule.ruleId}>
                    {findRule(rule.ruleId)?.summary ?? rule.ruleId}
                  </span>
                  <span className="op-problems__count">{rule.items.length}</span>
                </h3>
                <ul>
                  {rule.items.map((v) => (
                    <ProblemRow key={violationKey(v)} violation={v} active={active} onPick={onPick} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
