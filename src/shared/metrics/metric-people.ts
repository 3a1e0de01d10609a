/**
 * The people behind the org metrics, for lists the user can click through:
 * managers over the span target, managers of only a few, people in no team.
 * Direct reports are counted as span-of-control counts them (distinct people
 * on solid lines, none of them the manager), so a manager listed here over
 * the target is the one the problems panel names. One pass over the edges.
 */
import { isPersonKind, type Plan, type PlanNode } from '../model/types';
import { nodeLabel } from '../rules/support/labels';
import type { MetricTargets } from './metric-targets';

export interface PersonRef {
  readonly id: string;
  readonly label: string;
  /** Direct reports, for the manager lists. */
  readonly reports?: number;
}

export interface MetricPeople {
  readonly overTarget: readonly PersonRef[];
  /** Managers with fewer than `narrowBelow` direct reports. */
  readonly narrow: readonly PersonRef[];
  /** 3 (1–2 reports), or the span minimum when that is higher. */
  readonly narrowBelow: number;
  readonly withoutTeam: readonly PersonRef[];
}

const byLabel = (a: PersonRef, b: PersonRef): number =>
  a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function metricPeople(plan: Plan, targets: MetricTargets): MetricPeople {
  const byId = new Map<string, PlanNode>();
  for (const node of plan.nodes) byId.set(node.id, node);
  const reportsOf = new Map<string, Set<string>>();
  const inTeam = new Set<string>();
  for (const edge of plan.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source === undefined || target === undefined || !isPersonKind(source.kind)) continue;
    if (edge.kind === 'reports-to' && isPersonKind(target.kind) && source.id !== target.id) {
      let reports = reportsOf.get(target.id);
      if (reports === undefined) reportsOf.set(target.id, (reports = new Set()));
      reports.add(source.id);
    } else if (edge.kind === 'member-of' && target.kind === 'team') {
      inTeam.add(source.id);
    }
  }
  const narrowBelow = Math.max(3, targets.spanMin ?? 0);
  const overTarget: PersonRef[] = [];
  const narrow: PersonRef[] = [];
  for (const [id, reports] of reportsOf) {
    const node = byId.get(id) as PlanNode;
    const ref = { id, label: nodeLabel(node), reports: reports.size };
    if (targets.spanMax !== null && reports.size > targets.spanMax) overTarget.push(ref);
    if (reports.size < narrowBelow) narrow.push(ref);
  }
  overTarget.sort((a, b) => (b.reports ?? 0) - (a.reports ?? 0) || byLabel(a, b));
  narrow.sort((a, b) => (a.reports ?? 0) - (b.reports ?? 0) || byLabel(a, b));
  const withoutTeam: PersonRef[] = [];
  for (const node of plan.nodes) {
    if (isPersonKind(node.kind) && !inTeam.has(node.id)) withoutTeam.push({ id: node.id, label: nodeLabel(node) });
  }
  withoutTeam.sort(byLabel);
  return { overTarget, narrow, narrowBelow, withoutTeam };
}
