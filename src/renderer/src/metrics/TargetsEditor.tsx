/**
 * The plan's metric targets, editable in place: they are the options of the
 * span-of-control and max-layers rules, written with the Rules tab's action
 * (one undo step each, saved with the plan). A target whose rule is off says
 * so instead of offering a field.
 */
import { TARGET_OPTIONS, type MetricTargets, type TargetCheck, type TargetId } from '@shared/metrics/metric-targets';
import { setRuleOptionAction } from '../actions/rule-edits';
import { useDispatch } from '../store/hooks';

interface TargetField {
  readonly id: TargetId;
  readonly label: string;
  readonly value: number | null;
  /** The smallest value the field takes: 0 turns the span minimum off. */
  readonly min: number;
}

function fieldsOf(targets: MetricTargets, spanOn: boolean): TargetField[] {
  return [
    { id: 'span-min', label: 'Span of control, at least', value: spanOn ? (targets.spanMin ?? 0) : null, min: 0 },
    { id: 'span-max', label: 'Span of control, at most', value: targets.spanMax, min: 1 },
    { id: 'max-layers', label: 'Layers, at most', value: targets.maxLayers, min: 1 },
  ];
}

export function TargetsEditor({
  targets,
  checks,
}: {
  readonly targets: MetricTargets;
  readonly checks: readonly TargetCheck[];
}) {
  const dispatch = useDispatch();
  const missed = new Set(checks.filter((check) => !check.met).map((check) => check.id));
  return (
    <section className="op-metrics__card op-metrics__targets" aria-label="Targets">
      <h3 className="op-metrics__heading">Targets</h3>
      <ul className="op-metrics__target-list">
        {fieldsOf(targets, targets.spanMax !== null).map((field) => {
          const { ruleId, option } = TARGET_OPTIONS[field.id];
          return (
            <li key={field.id} className="op-metrics__target" data-target={field.id}>
              <label>
                <span>{field.label}</span>
                {field.value === null ? (
                  <span className="op-metrics__off">off ({ruleId} is switched off in Rules)</span>
                ) : (
                  <input
                    type="number"
                    min={field.min}
                    step={1}
                    // Keyed by the value so undo/redo shows the plan's value again.
                    key={field.value}
                    defaultValue={field.value}
                    aria-describedby={missed.has(field.id) ? `op-target-${field.id}-missed` : undefined}
                    onBlur={(event) => {
                      const value = Number(event.currentTarget.value);
                      if (Number.isInteger(value) && value >= field.min)
                        dispatch(setRuleOptionAction, { ruleId, name: option, value });
                      else event.currentTarget.value = String(field.value);
                    }}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') event.currentTarget.blur();
                    }}
                  />
                )}
              </label>
              {field.id === 'span-min' && field.value === 0 && <span className="op-metrics__hint">0 = off</span>}
              {missed.has(field.id) && (
                <span className="op-metrics__missed" id={`op-target-${field.id}-missed`}>
                  not met
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
