/**
 * The rule checks, derived from the plan and never stored: checkPlan runs
 * once per plan object (memoByPlan) and every reader shares the result. A
 * drag moves cards through `ui.dragPositions` and commits once at the end, so
 * the rules run once per edit, not once per pointer move.
 */
import { violationKey } from '@shared/fixes';
import { checkPlan } from '@shared/rules/check';
import { summarizeViolations, type Violation, type ViolationSummary } from '@shared/rules/violation';
import type { Plan, Severity } from '@shared/model/types';
import { useEditor } from '../store/hooks';
import { memoByPlan } from '../store/plan-selectors';

export const planViolations = memoByPlan((plan): readonly Violation[] => checkPlan(plan));

export const planSummary = memoByPlan((plan): ViolationSummary => summarizeViolations(planViolations(plan)));

/** What a card or a line shows: the worst unwaived severity and every message about it. */
export interface ProblemMarker {
  readonly severity: Severity;
  /** One message per line, worst first; compared by value so an unrelated edit keeps the card as it was. */
  readonly text: string;
}

export interface ProblemMarkers {
  readonly nodes: ReadonlyMap<string, ProblemMarker>;
  readonly edges: ReadonlyMap<string, ProblemMarker>;
}

export const NO_MARKERS: ProblemMarkers = { nodes: new Map(), edges: new Map() };

function add(map: Map<string, { severity: Severity; lines: string[] }>, id: string, v: Violation): void {
  const entry = map.get(id);
  // Violations come sorted worst first, so the first one sets the severity.
  if (entry === undefined) map.set(id, { severity: v.severity, lines: [v.message] });
  else entry.lines.push(v.message);
}

function freeze(map: Map<string, { severity: Severity; lines: string[] }>): Map<string, ProblemMarker> {
  const out = new Map<string, ProblemMarker>();
  for (const [id, { severity, lines }] of map) out.set(id, { severity, text: lines.join('\n') });
  return out;
}

/**
 * Markers by node and edge. A violation marks its first node (the one it is
 * about) and its edges; the others it names are context (a manager's many
 * reports, say) and would drown the chart in markers.
 */
export const planMarkers = memoByPlan((plan): ProblemMarkers => {
  const nodes = new Map<string, { severity: Severity; lines: string[] }>();
  const edges = new Map<string, { severity: Severity; lines: string[] }>();
  for (const v of planViolations(plan)) {
    if (v.waived === true) continue;
    const first = v.nodeIds[0];
    if (first !== undefined) add(nodes, first, v);
    for (const id of v.edgeIds) add(edges, id, v);
  }
  return { nodes: freeze(nodes), edges: freeze(edges) };
});

export function findViolation(plan: Plan, key: string | null): Violation | undefined {
  if (key === null) return undefined;
  return planViolations(plan).find((v) => violationKey(v) === key);
}

export const useViolations = (): readonly Violation[] => useEditor((s) => planViolations(s.plan));
export const useViolationSummary = (): ViolationSummary => useEditor((s) => planSummary(s.plan));
export const useProblemMarkers = (): ProblemMarkers => useEditor((s) => planMarkers(s.plan));
