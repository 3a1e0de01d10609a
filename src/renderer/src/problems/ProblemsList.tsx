/**
 * The problems, grouped by severity then rule, with filters by severity and
 * by text. Waived problems stay listed, greyed, with their reason. A click
 * selects a problem's nodes and edges and brings them into view.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { violationKey } from '@shared/fixes';
import { SEVERITIES, type Severity } from '@shared/model/types';
import type { Violation } from '@shared/rules/violation';
import { removeWaiverAction } from '../actions/rule-edits';
import { useDispatch, usePlan } from '../store/hooks';
import { staleWaiverOf } from '@shared/fixes';
import { cx } from '../ui/cx';
import { SeverityIcon, severityLabel } from './SeverityIcon';

interface Group {
  readonly severity: Severity;
  readonly rules: readonly { readonly ruleId: string; readonly items: readonly Violation[] }[];
}

/** The list is already sorted (severity, rule, node), so groups are runs of equal keys. */
function groupOf(list: readonly Violation[]): Group[] {
  const groups: { severity: Severity; rules: { ruleId: string; items: Violation[] }[] }[] = [];
  for (const v of list) {
    let group = groups[groups.length - 1];
    if (group?.severity !== v.severity) {
      group = { severity: v.severity, rules: [] };
      groups.push(group);
    }
    let rule = group.rules[group.rules.length - 1];
    if (rule?.ruleId !== v.ruleId) {
      rule = { ruleId: v.ruleId, items: [] };
      group.rules.push(rule);
    }
    rule.items.push(v);
  }
  return groups;
}

/** Stale waivers go in one click, right on their row. */
function RemoveStaleWaiver({
  violation,
  violations,
}: {
  readonly violation: Violation;
  readonly violations: readonly Violation[];
}) {
  const plan = usePlan();
  const dispatch = useDispatch();
  const waiver = staleWaiverOf(plan, violation, violations);
  if (waiver === undefined) return null;
  return (
    <button
      type="button"
      className="op-button op-button--small"
      data-testid="remove-stale-waiver"
      onClick={() => {
        dispatch(removeWaiverAction, { ruleId: waiver.ruleId, nodeId: waiver.nodeId });
      }}
    >
      Remove waiver
    </button>
  );
}

const PLURAL: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

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
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    // Like the status bar: waived problems are listed but not counted.
    for (const v of violations) if (v.waived !== true) c[v.severity]++;
    return c;
  }, [violations]);
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return groupOf(
      violations.filter(
        (v) =>
          shown.has(v.severity) &&
          (q === '' ||
            v.message.toLowerCase().includes(q) ||
            v.ruleId.includes(q) ||
            (v.waiverReason ?? '').toLowerCase().includes(q)),
      ),
    );
  }, [violations, shown, query]);

  // F8 moves the active problem: keep its row in view.
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <div className="op-problems__list-pane">
      <div className="op-problems__filters" role="group" aria-label="Filter problems">
        {SEVERITIES.map((severity) => (
          <button
            key={severity}
            type="button"
            className="op-chip"
            aria-pressed={shown.has(severity)}
            data-testid={`filter-${severity}`}
            title={`${shown.has(severity) ? 'Hide' : 'Show'} ${PLURAL[severity].toLowerCase()}`}
            onClick={() => {
              const next = new Set(shown);
              if (next.has(severity)) next.delete(severity);
              else next.add(severity);
              setShown(next);
            }}
          >
            <SeverityIcon severity={severity} />
            {PLURAL[severity]} {counts[severity]}
          </button>
        ))}
        <input
          type="search"
          className="op-problems__search"
          placeholder="Filter problems…"
          aria-label="Filter problems by text"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
          }}
        />
      </div>
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
                <h3 className="op-problems__rule-head">
                  <SeverityIcon severity={group.severity} />
                  <code>{rule.ruleId}</code>
                  <span className="op-problems__count">{rule.items.length}</span>
                </h3>
                <ul>
                  {rule.items.map((v) => {
                    const key = violationKey(v);
                    return (
                      <li key={key}>
                        <button
                          type="button"
                          className={cx('op-problem', v.waived === true && 'is-waived')}
                          aria-current={key === active}
                          data-testid="problem-row"
                          data-rule={v.ruleId}
                          data-severity={v.severity}
                          onClick={() => {
                            onPick(v);
                          }}
                        >
                          <SeverityIcon severity={v.severity} />
                          <span className="op-visually-hidden">{severityLabel(v.severity)}: </span>
                          <span className="op-problem__message">{v.message}</span>
                          {v.waived === true && (
                            <span className="op-problem__reason" data-testid="waiver-reason">
                              Waived: {v.waiverReason}
                            </span>
                          )}
                        </button>
                        {v.ruleId === 'stale-waiver' && <RemoveStaleWaiver violation={v} violations={violations} />}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
