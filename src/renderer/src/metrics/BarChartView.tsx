/**
 * Draws a bar chart laid out by @shared/metrics/bar-chart: an SVG with
 * role="img" whose label reads the numbers, and the same numbers as a table
 * behind a toggle for those who want to read or copy them.
 */
import { useState } from 'react';
import type { BarChart } from '@shared/metrics/bar-chart';
import { cx } from '../ui/cx';

export function BarChartView({
  title,
  chart,
  axis,
  count,
}: {
  readonly title: string;
  readonly chart: BarChart;
  /** Column headings of the table: what a bar is ("Direct reports"), what its height counts ("Managers"). */
  readonly axis: string;
  readonly count: string;
}) {
  const [table, setTable] = useState(false);
  return (
    <figure className="op-chart" data-testid="metric-chart" data-chart={title}>
      <figcaption className="op-chart__title">
        <span>{title}</span>
        <button
          type="button"
          className="op-link-button"
          aria-expanded={table}
          onClick={() => {
            setTable(!table);
          }}
        >
          {table ? 'Hide table' : 'Table'}
        </button>
      </figcaption>
      <svg
        role="img"
        aria-label={chart.ariaLabel}
        className="op-chart__svg"
        width={chart.width}
        height={chart.height}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
      >
        <line className="op-chart__axis" x1={0} x2={chart.width} y1={chart.baseline} y2={chart.baseline} />
        {chart.bars.map((bar) => (
          <g key={bar.label} className={cx('op-chart__bar', bar.outside && 'is-outside')}>
            {bar.height > 0 && <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={1.5} />}
            {bar.value > 0 && (
              <text className="op-chart__value" x={bar.cx} y={bar.y - 3} textAnchor="middle">
                {bar.outside ? `!${bar.value}` : bar.value}
              </text>
            )}
            {bar.showLabel && (
              <text className="op-chart__label" x={bar.cx} y={chart.baseline + 12} textAnchor="middle">
                {bar.label}
              </text>
            )}
          </g>
        ))}
      </svg>
      {table && (
        <table className="op-chart__table" aria-label={`${title}, as a table`}>
          <thead>
            <tr>
              <th scope="col">{axis}</th>
              <th scope="col">{count}</th>
            </tr>
          </thead>
          <tbody>
            {chart.bars.map((bar) => (
              <tr key={bar.label} className={cx(bar.outside && 'is-outside')}>
                <th scope="row">{bar.label}</th>
                <td>
                  {bar.value}
                  {bar.outside && ' (outside the target)'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
