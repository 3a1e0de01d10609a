/**
 * What the compare view says on a card: a "New" badge on an added one, a "Changed" badge whose tooltip lists the
 * changed fields, and under a moved person the manager they used to report to. Words, not colour alone.
 */
import type { CompareMark } from './compare-marks';
import './compare.css';

export function CompareBadge({ mark }: { readonly mark: CompareMark | null | undefined }) {
  if (mark == null) return null;
  return (
    <>
      <span className="op-compare-badges">
        {mark.added && (
          <span className="op-compare-badge op-compare-badge--added" data-testid="compare-new">
            New
          </span>
        )}
        {mark.changed !== null && (
          <span
            className="op-compare-badge op-compare-badge--changed"
            title={mark.changed}
            aria-label={`Changed: ${mark.changed.replaceAll('\n', '; ')}`}
            data-testid="compare-changed"
          >
            Changed
          </span>
        )}
      </span>
      {mark.wasUnder !== null && (
        <span className="op-compare-was" title={mark.wasUnder} data-testid="compare-was-under">
          {mark.wasUnder}
        </span>
      )}
    </>
  );
}
