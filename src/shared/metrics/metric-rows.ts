/**
 * The org metrics as labelled rows, each with one number to compare: what the
 * metrics panel's summary lists and what the compare view puts side by side
 * (before | after | change). A distribution's row compares its median and
 * shows its range.
 */
import type { Distribution, OrgMetrics } from '../diff/org-metrics';
import { layerOutside, spanOutside, type MetricTargets } from './metric-targets';

export interface MetricRow {
  readonly key: string;
  readonly label: string;
  /** The number compared across plans; null when there is nothing to measure. */
  readonly value: number | null;
  /** How the value reads: "3", "median 2 (1–3)", "none". */
  readonly text: string;
  readonly outside: boolean;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function distributionRow(key: string, label: string, value: Distribution | null, outside = false): MetricRow {
  if (value === null) return { key, label, value: null, text: 'none', outside: false };
  const range = value.min === value.max ? '' : ` (${formatNumber(value.min)}–${formatNumber(value.max)})`;
  return { key, label, value: value.median, text: `median ${formatNumber(value.median)}${range}`, outside };
}

function countRow(key: string, label: string, value: number, outside = false): MetricRow {
  return { key, label, value, text: String(value), outside };
}

export function metricRows(metrics: OrgMetrics, targets: MetricTargets): MetricRow[] {
  const span = metrics.spanOfControl;
  const layers = metrics.layers;
  return [
    countRow('headcount', 'Headcount (in post)', metrics.headcount),
    countRow('open-roles', 'Open roles', metrics.openRoles),
    countRow('pm', 'Product Managers', metrics.byKind.pm),
    countRow('po', 'Product Owners', metrics.byKind.po),
    countRow('person', 'Other people', metrics.byKind.person),
    countRow('team', 'Scrum teams', metrics.byKind.team),
    countRow('stakeholder', 'Stakeholders', metrics.byKind.stakeholder),
    layers === null
      ? { key: 'layers', label: 'Layers', value: null, text: 'none', outside: false }
      : countRow('layers', 'Layers', layers.max, layerOutside(targets, layers.max)),
    distributionRow(
      'span',
      'Span of control',
      span,
      span !== null && (spanOutside(targets, span.max) || spanOutside(targets, span.min)),
    ),
    countRow('narrow', 'Managers with 1–2 reports', metrics.narrowManagers),
    distributionRow('pos-per-pm', 'POs per PM', metrics.posPerPm),
    distributionRow('teams-per-po', 'Teams per PO', metrics.teamsPerPo),
    distributionRow('stakeholders-per-pm', 'Stakeholders per PM', metrics.stakeholdersPerPm),
    distributionRow('stakeholders-per-po', 'Stakeholders per PO', metrics.stakeholdersPerPo),
    countRow('without-team', 'People without a team', metrics.peopleWithoutTeam),
  ];
}

export interface ComparedRow {
  readonly key: string;
  readonly label: string;
  readonly before: MetricRow;
  readonly after: MetricRow;
  /** after − before, when both have a value; "+2", "−1", "0". */
  readonly delta: number | null;
  readonly deltaText: string;
}

/** The rows of two plans side by side (both lists come from metricRows, so they have the same keys in order). */
export function compareRows(before: readonly MetricRow[], after: readonly MetricRow[]): ComparedRow[] {
  return after.map((row, k) => {
    const old = before[k] ?? { ...row, value: null, text: 'none', outside: false };
    const delta = old.value === null || row.value === null ? null : row.value - old.value;
    const deltaText =
      delta === null ? '' : delta === 0 ? '0' : delta > 0 ? `+${formatNumber(delta)}` : `−${formatNumber(-delta)}`;
    return { key: row.key, label: row.label, before: old, after: row, delta, deltaText };
  });
}
