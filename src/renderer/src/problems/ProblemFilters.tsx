/** The problems list's filters: one toggle chip per severity (with its count) and a text box. */
import { SEVERITIES, type Severity } from '@shared/model/types';
import { PLURAL } from './problem-groups';
import { SeverityIcon } from './SeverityIcon';

export function ProblemFilters({
  shown,
  onShownChange,
  counts,
  query,
  onQueryChange,
}: {
  readonly shown: ReadonlySet<Severity>;
  readonly onShownChange: (shown: ReadonlySet<Severity>) => void;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
}) {
  return (
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
            onShownChange(next);
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
          onQueryChange(event.currentTarget.value);
        }}
      />
    </div>
  );
}
