/**
 * A PlanDiff in words: plain text for a terminal and Markdown for a pull-request comment (docs/cli.md).
 * Both list the same items in the same order; names come from the plan each item belongs to.
 */
import type { PlanDiff } from '@shared/diff/diff-plans';
import type { FieldChange } from '@shared/diff/node-changes';
import type { RelationRef } from '@shared/diff/relation-changes';
import type { Plan } from '@shared/model/types';
import type { Violation } from '@shared/rules/violation';
import { metricLines } from './stats-command';

const KIND = { pm: 'PM', po: 'PO', person: 'person', team: 'team', stakeholder: 'stakeholder' } as const;
const LINE = {
  'reports-to': 'reports to',
  'dotted-line': 'dotted line to',
  'member-of': 'member of',
  engages: 'engages',
};

export interface DiffSides {
  readonly before: Plan;
  readonly after: Plan;
  readonly beforePath: string;
  readonly afterPath: string;
}

function namer(plan: Plan): (id: string | null) => string {
  const names = new Map(plan.nodes.map((node) => [node.id, node.name]));
  return (id) => (id === null ? 'nobody' : (names.get(id) ?? id));
}

const value = (v: FieldChange['before']): string => (v === null ? '—' : String(v));

interface Section {
  readonly title: string;
  readonly items: string[];
}

function sections(diff: PlanDiff, sides: DiffSides): Section[] {
  const before = namer(sides.before);
  const after = namer(sides.after);
  const relation = (name: (id: string) => string) => (r: RelationRef) =>
    `${name(r.source)} ${LINE[r.kind]} ${name(r.target)}`;
  const problem = (v: Violation) => `${v.severity} ${v.ruleId}: ${v.message}`;
  return [
    { title: 'Added', items: diff.added.map((n) => `${KIND[n.kind]} ${n.name}`) },
    { title: 'Removed', items: diff.removed.map((n) => `${KIND[n.kind]} ${n.name}`) },
    {
      title: 'Changed',
      items: diff.changed.map((n) => {
        const parts = n.fields.map((f) => `${f.field} ${value(f.before)} → ${value(f.after)}`);
        if (n.renamedFrom !== undefined) parts.unshift(`renamed from ${n.renamedFrom}`);
        return `${KIND[n.kind]} ${n.name}: ${parts.join(', ')}`;
      }),
    },
    {
      title: 'Moved',
      items: diff.moved.map((m) => {
        const from = m.fromRemoved !== undefined ? `${before(m.fromRemoved)} (removed)` : after(m.from);
        return `${after(m.id)}: ${from} → ${after(m.to)}`;
      }),
    },
    { title: 'Lines added', items: diff.lines.added.map(relation(after)) },
    { title: 'Lines removed', items: diff.lines.removed.map(relation(before)) },
    { title: 'New problems', items: diff.problems.introduced.map(problem) },
    { title: 'Solved problems', items: diff.problems.resolved.map(problem) },
    { title: 'Newly waived', items: diff.problems.newlyWaived.map(problem) },
  ];
}

function headline(diff: PlanDiff): string {
  const p = diff.problems;
  return (
    `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ` +
    `${diff.moved.length} moved; problems: ${p.introduced.length} new, ${p.resolved.length} solved, ` +
    `${p.unchanged.length} unchanged; headcount ${diff.before.headcount} → ${diff.after.headcount}, ` +
    `open roles ${diff.before.openRoles} → ${diff.after.openRoles}`
  );
}

function matchLine(diff: PlanDiff): string {
  const m = diff.match;
  const ambiguous = m.ambiguous > 0 ? `, ${m.ambiguous} left unmatched because their ${m.by} is not unique` : '';
  return `matched by ${m.by}: ${m.matched} in both, ${m.onlyBefore} only before, ${m.onlyAfter} only after${ambiguous}`;
}

export function diffAsText(diff: PlanDiff, sides: DiffSides): string[] {
  const lines = [`${sides.beforePath} → ${sides.afterPath}`, matchLine(diff)];
  for (const section of sections(diff, sides)) {
    if (section.items.length === 0) continue;
    lines.push('', `${section.title} (${section.items.length}):`, ...section.items.map((item) => `  ${item}`));
  }
  lines.push('', headline(diff));
  return lines;
}

/** Markdown special characters in names are escaped, so a name cannot inject links or formatting. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}

export function diffAsMarkdown(diff: PlanDiff, sides: DiffSides): string[] {
  const lines = [
    `### Org plan: ${md(sides.beforePath)} → ${md(sides.afterPath)}`,
    '',
    md(headline(diff)),
    '',
    `<sub>${md(matchLine(diff))}</sub>`,
  ];
  for (const section of sections(diff, sides)) {
    if (section.items.length === 0) continue;
    lines.push(
      '',
      `#### ${section.title} (${section.items.length})`,
      '',
      ...section.items.map((item) => `- ${md(item)}`),
    );
  }
  lines.push('', '| | before | after |', '|---|---|---|');
  const beforeMetrics = metricLines(diff.before);
  const afterMetrics = metricLines(diff.after);
  beforeMetrics.forEach((line, i) => {
    const [label, before] = line.split(': ', 2) as [string, string];
    const after = (afterMetrics[i] ?? '').slice(label.length + 2);
    lines.push(`| ${md(label)} | ${md(before)} | ${md(after)} |`);
  });
  return lines;
}
