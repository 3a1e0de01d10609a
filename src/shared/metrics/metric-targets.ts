/**
 * The plan's org-metric targets and whether the plan meets them. The targets
 * are the options of two rules (span-of-control's max and min, max-layers'
 * max), so the metrics panel, `org-planner stats` and the problems panel read
 * one setting; a rule that is switched off has no target.
 */
import type { OrgMetrics } from '../diff/org-metrics';
import type { Plan } from '../model/types';
import { resolveRuleSettings } from '../rules/settings';

export interface MetricTargets {
  /** span-of-control's max, or null when the rule is off. */
  readonly spanMax: number | null;
  /** span-of-control's min, or null when the rule is off or min is 0. */
  readonly spanMin: number | null;
  /** max-layers' max, or null when the rule is off. */
  readonly maxLayers: number | null;
}

export type TargetId = 'span-max' | 'span-min' | 'max-layers';

/** Where a target is written: the rule and option the panel edits. */
export const TARGET_OPTIONS: Readonly<Record<TargetId, { readonly ruleId: string; readonly option: string }>> = {
  'span-max': { ruleId: 'span-of-control', option: 'max' },
  'span-min': { ruleId: 'span-of-control', option: 'min' },
  'max-layers': { ruleId: 'max-layers', option: 'max' },
};

export interface TargetCheck {
  readonly id: TargetId;
  /** "span of control at most 8". */
  readonly label: string;
  readonly target: number;
  /** The plan's value the target is about (the largest or smallest span, the deepest layer); null when none. */
  readonly value: number | null;
  readonly met: boolean;
}

export function metricTargets(plan: Plan): MetricTargets {
  const span = resolveRuleSettings(plan, 'span-of-control');
  const layers = resolveRuleSettings(plan, 'max-layers');
  const min = span.options.min ?? 0;
  return {
    spanMax: span.enabled ? (span.options.max ?? null) : null,
    spanMin: span.enabled && min > 0 ? min : null,
    maxLayers: layers.enabled ? (layers.options.max ?? null) : null,
  };
}

/** A span outside the target range (a count of direct reports). */
export function spanOutside(targets: MetricTargets, span: number): boolean {
  return (targets.spanMax !== null && span > targets.spanMax) || (targets.spanMin !== null && span < targets.spanMin);
}

export function layerOutside(targets: MetricTargets, layer: number): boolean {
  return targets.maxLayers !== null && layer > targets.maxLayers;
}

/** One check per target that is on, in a fixed order; a plan with nothing to measure meets them. */
export function targetChecks(metrics: OrgMetrics, targets: MetricTargets): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const span = metrics.spanOfControl;
  if (targets.spanMax !== null) {
    const value = span?.max ?? null;
    const target = targets.spanMax;
    checks.push({
      id: 'span-max',
      label: `span of control at most ${target}`,
      target,
      value,
      met: (value ?? 0) <= target,
    });
  }
  if (targets.spanMin !== null) {
    const value = span?.min ?? null;
    const target = targets.spanMin;
    const met = value === null || value >= target;
    checks.push({ id: 'span-min', label: `span of control at least ${target}`, target, value, met });
  }
  if (targets.maxLayers !== null) {
    const value = metrics.layers?.max ?? null;
    const target = targets.maxLayers;
    checks.push({ id: 'max-layers', label: `layers at most ${target}`, target, value, met: (value ?? 0) <= target });
  }
  return checks;
}
