/**
 * The rule checks, derived from the plan and never stored: they run once per
 * plan object (memoByPlan) and every reader shares the result. An edit
 * re-checks only what it can affect (IncrementalChecker, always equal to a
 * full checkPlan), so a keystroke in the inspector does not re-run every rule
 * over the whole org. A drag moves cards through `ui.dragPositions` and
 * commits once at the end, so the rules run once per edit, not once per
 * pointer move.
 */
import { violationKey } from '@shared/fixes';
import { IncrementalChecker } from '@shared/rules/incremental/incremental-checker';
import { summarizeViolations, type Violation, type ViolationSummary } from '@shared/rules/violation';
import type { Plan, Severity } from '@shared/model/types';
import { useEditor } from '../store/hooks';
import { memoByPlan } from '../store/plan-selectors';

/** One for the app: it remembers the plan it checked last, which the next edit starts from. */
const checker = new IncrementalChecker();

export const planViolations = memoByPlan((plan): readonly Violation[] => checker.check(plan));

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

/**
 * The previous map when the new one says the same for every id, else the new map with the previous marker object
 * kept for every id whose marker reads the same: an edit then hands the canvas the same maps (or the same markers
 * in new maps), so its derivers see at a glance which cards and lines the new check result changed.
 */
function keepSame(
  next: Map<string, ProblemMarker>,
  previous: ReadonlyMap<string, ProblemMarker>,
): ReadonlyMap<string, ProblemMarker> {
  let same = next.size === previous.size;
  for (const [id, marker] of next) {
    const old = previous.get(id);
    if (old !== undefined && old.severity === marker.severity && old.text === marker.text) next.set(id, old);
    else same = false;
  }
  return same ? previous : next;
}

/** The markers made last, which the next plan's markers are compared with (keepSame). */
let lastMarkers: ProblemMarkers = NO_MARKERS;

/**
 * Markers by node and edge. A violation marks its first node (the one it is
 * about) and its edges; the others it names are context (a manager's many
 * reports, say) and would drown the chart in markers. Most ids have one
 * violation, and all the ids a violation marks share one marker object; a
 * second violation on an id appends its message (violations come sorted worst
 * first, so the first one sets the severity). This runs on every edit.
 */
export const planMarkers = memoByPlan((plan): ProblemMarkers => {
  const nodes = new Map<string, ProblemMarker>();
  const edges = new Map<string, ProblemMarker>();
  const add = (map: Map<string, ProblemMarker>, id: string, v: Violation, own: ProblemMarker): void => {
    const entry = map.get(id);
    map.set(id, entry === undefined ? own : { severity: entry.severity, text: `${entry.text}\n${v.message}` });
  };
  for (const v of planViolations(plan)) {
    if (v.waived === true) continue;
    const own: ProblemMarker = { severity: v.severity, text: v.message };
    const first = v.nodeIds[0];
    if (first !== undefined) add(nodes, first, v, own);
    for (const id of v.edgeIds) add(edges, id, v, own);
  }
  const kept = { nodes: keepSame(nodes, lastMarkers.nodes), edges: keepSame(edges, lastMarkers.edges) };
  if (kept.nodes !== lastMarkers.nodes || kept.edges !== lastMarkers.edges) lastMarkers = kept;
  return lastMarkers;
});

export function findViolation(plan: Plan, key: string | null): Violation | undefined {
  if (key === null) return undefined;
  return planViolations(plan).find((v) => violationKey(v) === key);
}

export const useViolations = (): readonly Violation[] => useEditor((s) => planViolations(s.plan));
export const useViolationSummary = (): ViolationSummary => useEditor((s) => planSummary(s.plan));
export const useProblemMarkers = (): ProblemMarkers => useEditor((s) => planMarkers(s.plan));
