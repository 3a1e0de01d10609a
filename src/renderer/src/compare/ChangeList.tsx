/** The changes panel's list: counts by kind (each a filter), then the changes grouped by kind, each row a link to its card. */
import { type ChangeGroup, type ChangeRow, changeCounts, GROUP_TITLES, shownGroups } from './change-list';
import { CHANGE_KINDS, type ChangeKind } from './compare-state';

/** Rows drawn per group: a plan compared with an unrelated one can differ in every node. */
const MAX_ROWS = 300;

interface Props {
  readonly groups: readonly ChangeGroup[];
  readonly filter: ChangeKind | null;
  readonly active: string | null;
  readonly onFilter: (filter: ChangeKind | null) => void;
  readonly onPick: (row: ChangeRow) => void;
}

export function ChangeList({ groups, filter, active, onFilter, onPick }: Props) {
  const counts = changeCounts(groups);
  const total = CHANGE_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  const shown = shownGroups(groups, filter);
  return (
    <>
      <ul className="op-compare-counts" aria-label="Changes by kind (filter)" data-testid="compare-counts">
        <li>
          <button
            type="button"
            className="op-compare-count"
            aria-pressed={filter === null}
            onClick={() => {
              onFilter(null);
            }}
          >
            All {total}
          </button>
        </li>
        {CHANGE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="op-compare-count"
              aria-pressed={filter === kind}
              data-kind={kind}
              disabled={counts[kind] === 0}
              onClick={() => {
                onFilter(filter === kind ? null : kind);
              }}
            >
              {GROUP_TITLES[kind]} {counts[kind]}
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="op-compare-empty">No changes: the two plans hold the same organisation.</p>}
      {shown.map((group) => (
        <section key={group.kind} className="op-compare-group" aria-label={group.title} data-kind={group.kind}>
          <h3 className="op-compare-group__title">
            {group.title} ({group.rows.length})
          </h3>
          <ul>
            {group.rows.slice(0, MAX_ROWS).map((row) => (
              <li key={row.key}>
                <button
                  type="button"
                  className="op-compare-row"
                  aria-current={row.key === active}
                  data-key={row.key}
                  onClick={() => {
                    onPick(row);
                  }}
                >
                  {row.text}
                  {row.detail !== null && <span className="op-compare-row__detail">{row.detail}</span>}
                </button>
              </li>
            ))}
          </ul>
          {group.rows.length > MAX_ROWS && (
            <p className="op-compare-empty">and {group.rows.length - MAX_ROWS} more, not listed</p>
          )}
        </section>
      ))}
    </>
  );
}
