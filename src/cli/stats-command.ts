/** `org-planner stats`: the org metrics of one plan (docs/cli.md), as text or JSON. */
import type { Distribution, OrgMetrics } from '@shared/diff/org-metrics';
import { orgMetrics } from '@shared/diff/org-metrics';
import { NODE_KINDS } from '@shared/model/types';
import { metricTargets, targetChecks, type TargetCheck } from '@shared/metrics/metric-targets';
import type { StatsCommand } from './args';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { loadPlanOrReport } from './load-plan-or-report';

const KIND_LABELS = { pm: 'PMs', po: 'POs', person: 'other people', team: 'Scrum teams', stakeholder: 'stakeholders' };

function describeDistribution(value: Distribution | null): string {
  return value === null ? 'none' : `min ${value.min}, median ${value.median}, max ${value.max}`;
}

/** One metric per line, "label: value", shared by `stats` and the two sides of `diff`. */
export function metricLines(metrics: OrgMetrics): string[] {
  return [
    `headcount: ${metrics.headcount} in post, ${metrics.openRoles} open roles`,
    `by kind: ${NODE_KINDS.map((kind) => `${metrics.byKind[kind]} ${KIND_LABELS[kind]}`).join(', ')}`,
    `layers: ${describeDistribution(metrics.layers)}${metrics.inCycles > 0 ? ` (${metrics.inCycles} people in reporting cycles left out)` : ''}`,
    `span of control: ${describeDistribution(metrics.spanOfControl)}; ${metrics.narrowManagers} managers with 1–2 reports`,
    `POs per PM: ${describeDistribution(metrics.posPerPm)}`,
    `teams per PO: ${describeDistribution(metrics.teamsPerPo)}`,
    `stakeholders per PM: ${describeDistribution(metrics.stakeholdersPerPm)}`,
    `stakeholders per PO: ${describeDistribution(metrics.stakeholdersPerPo)}`,
    `people without a team: ${metrics.peopleWithoutTeam}`,
  ];
}

const MEASURED: Readonly<Record<TargetCheck['id'], string>> = {
  'span-max': 'largest span',
  'span-min': 'smallest span',
  'max-layers': 'deepest layer',
};

/** "target: span of control at most 8: met (largest span 3)", one line per target the plan's rules set. */
export function targetLines(checks: readonly TargetCheck[]): string[] {
  if (checks.length === 0) return ['targets: none (span-of-control and max-layers are off)'];
  return checks.map((check) => {
    const measured = check.value === null ? 'nothing to measure' : `${MEASURED[check.id]} ${check.value}`;
    return `target: ${check.label}: ${check.met ? 'met' : 'NOT met'} (${measured})`;
  });
}

export async function runStats(command: StatsCommand, io: CliIo): Promise<number> {
  const plan = await loadPlanOrReport(command.input, io);
  if (plan === undefined) return EXIT_INVALID;
  const metrics = orgMetrics(plan);
  const targets = targetChecks(metrics, metricTargets(plan));
  if (command.format === 'json') io.out(JSON.stringify({ path: command.input, metrics, targets }, null, 2));
  else for (const line of [...metricLines(metrics), ...targetLines(targets)]) io.out(line);
  return EXIT_OK;
}
