/** The org metrics as a list of figures, those outside the plan's targets said in words as well as shown. */
import type { MetricRow } from '@shared/metrics/metric-rows';
import { cx } from '../ui/cx';

export function MetricSummary({ rows }: { readonly rows: readonly MetricRow[] }) {
  return (
    <section className="op-metrics__card op-metrics__summary" aria-label="Figures">
      <h3 className="op-metrics__heading">Figures</h3>
      <dl className="op-metrics__figures">
        {rows.map((row) => (
          <div key={row.key} className={cx('op-metrics__figure', row.outside && 'is-outside')} data-metric={row.key}>
            <dt>{row.label}</dt>
            <dd>
              {row.text}
              {row.outside && <span className="op-metrics__missed">outside the target</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
