/** One problem in the list: a button that shows it on the canvas, its waiver reason, and Remove waiver for stale ones. */
import { staleWaiverOf, violationKey } from '@shared/fixes';
import type { Violation } from '@shared/rules/violation';
import { removeWaiverAction } from '../actions/rule-edits';
import { useDispatch, usePlan } from '../store/hooks';
import { cx } from '../ui/cx';
import { SeverityIcon, severityLabel } from './SeverityIcon';

/** Stale waivers go in one click, right on their row. */
/** A stale-waiver problem names its waiver as data: the button removes exactly that one. */
function RemoveStaleWaiver({ violation }: { readonly violation: Violation }) {
  const plan = usePlan();
  const dispatch = useDispatch();
  const waiver = staleWaiverOf(plan, violation);
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

export function ProblemRow({
  violation: v,
  active,
  onPick,
}: {
  readonly violation: Violation;
  readonly active: string | null;
  readonly onPick: (v: Violation) => void;
}) {
  return (
    <li>
      <button
        type="button"
        className={cx('op-problem', v.waived === true && 'is-waived')}
        aria-current={violationKey(v) === active}
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
      {v.ruleId === 'stale-waiver' && <RemoveStaleWaiver violation={v} />}
    </li>
  );
}
