/**
 * IncrementalChecker: checkPlan's result for each next plan, re-checking
 * only what the edit since the previous plan can have changed. Each rule
 * declares what it reads (RuleModule.reads); the edit's touched nodes and
 * lines are found by object identity (plan-delta.ts) and looked up on the
 * previous graph plus the edits (edited-graph.ts); the affected part is
 * re-checked as a small plan of its own (regions.ts) and its violations
 * replace that part's old ones. Rule settings changing, or an edit touching
 * more than an eighth of the plan, fall back to a full check. The result is
 * always exactly checkPlan's (the property test holds it to that).
 */
import { indexPlan } from '../../graph/index-plan';
import type { Plan } from '../../model/types';
import { checkPlan, resolveRuleSettings, RUN_ORDER, runRules } from '../check';
import type { RuleId } from '../catalog';
import type { RuleModule } from '../support/rule-types';
import { WaiverBook } from '../support/waivers';
import { compareViolations, type Violation } from '../violation';
import { EditedGraph } from './edited-graph';
import { changedStretch, lineEnds, nodeChanges, reportingSources, type NodeChange, type Stretch } from './plan-delta';
import type { PlanEdge, PlanNode } from '../../model/types';
import { nodesPlan, partPlan, reportingClosure, withNeighbours, type Part } from './regions';
import { remarkWaivers, usedWaivers } from './waiver-marks';

/** How the last check ran: for tests and the benchmark. */
export type CheckRun = 'full' | 'incremental' | 'unchanged';

interface State {
  readonly plan: Plan;
  readonly graph: EditedGraph;
  /** Each enabled rule's violations, unsorted. */
  readonly byRule: ReadonlyMap<string, readonly Violation[]>;
  readonly all: readonly Violation[];
}

/** What one edit touched, as the rules' scopes ask for it. */
interface Edit {
  readonly next: Plan;
  readonly graph: EditedGraph;
  readonly changes: readonly NodeChange[];
  readonly lines: Stretch<PlanEdge>;
  readonly limit: number;
  readonly book: WaiverBook;
}

const waivable = RUN_ORDER.filter((rule) => rule.meta.waivable !== false);
const byScope = (scope: RuleModule['reads']['scope']): readonly RuleModule[] =>
  waivable.filter((rule) => rule.reads.scope === scope);
const NODE_RULES = byScope('node');
const CHAIN_RULES = byScope('chain');
const CYCLE_RULES = byScope('cycle');
const KINDS_RULES = byScope('kinds');
const GRAPH_RULES = byScope('reporting-graph');
const SETTINGS_RULES = RUN_ORDER.filter((rule) => rule.reads.scope === 'settings');

type Lists = Map<string, readonly Violation[]>;

/** Replaces the violations of `rules` about the nodes `drop` picks with `found`'s that `keep` picks. */
function replace(
  lists: Lists,
  rules: readonly RuleModule[],
  found: readonly Violation[],
  drop: (v: Violation) => boolean,
  keep: (v: Violation) => boolean,
  delta: Delta,
): void {
  for (const rule of rules) {
    const id = rule.meta.id;
    const old = lists.get(id);
    if (old === undefined) continue; // disabled
    const kept: Violation[] = [];
    for (const v of old) {
      if (drop(v)) delta.dropped.add(v);
      else kept.push(v);
    }
    for (const v of found) {
      if (v.ruleId !== id || !keep(v)) continue;
      kept.push(v);
      delta.added.push(v);
    }
    lists.set(id, kept);
  }
}

/** The violations an update dropped and added: the sorted list is patched with them rather than sorted anew. */
interface Delta {
  readonly dropped: Set<Violation>;
  readonly added: Violation[];
}

/** `all` without the dropped violations, with the added ones merged in order. */
function patchSorted(all: readonly Violation[], delta: Delta): Violation[] {
  const added = delta.added.sort(compareViolations);
  const out: Violation[] = [];
  let k = 0;
  for (const v of all) {
    if (delta.dropped.has(v)) continue;
    while (k < added.length && compareViolations(added[k] as Violation, v) < 0) out.push(added[k++] as Violation);
    out.push(v);
  }
  while (k < added.length) out.push(added[k++] as Violation);
  return out;
}

function run(part: Part, rules: readonly RuleModule[], book: WaiverBook): Violation[] {
  const found: Violation[] = [];
  runRules(part.plan, part.index, rules, book, found);
  return found;
}

/**
 * Rules about one node: a node's violations change when it changes, when one
 * of its lines comes or goes, or when a node at the far end of one of its
 * lines changes; those are re-checked with everything one line away.
 */
function recheckNodes(edit: Edit, lists: Lists, delta: Delta): boolean {
  const changed = edit.changes.map((c) => c.id);
  const affected = withNeighbours(edit.graph, changed);
  for (const id of lineEnds(edit.lines)) affected.add(id);
  if (affected.size === 0) return true;
  if (affected.size > edit.limit) return false;
  const context = withNeighbours(edit.graph, affected);
  const part = partPlan(edit.graph, edit.next, context, () => true, affected);
  const about = (v: Violation): boolean => affected.has(v.nodeIds[0] ?? '');
  replace(lists, NODE_RULES, run(part, NODE_RULES, edit.book), about, about, delta);
  return true;
}

/**
 * Rules about the reporting chain: a node's violations change when something
 * above it changes its structure (a line, a kind, a field the rule decides on),
 * or when a node they name is renamed. Those subjects are re-checked with
 * everything above them.
 */
function recheckChains(edit: Edit, lists: Lists, delta: Delta): boolean {
  for (const rule of CHAIN_RULES) {
    const old = lists.get(rule.meta.id);
    if (old === undefined || rule.reads.scope !== 'chain') continue;
    const { fields, subjects: kinds } = rule.reads;
    const structural = reportingSources(edit.lines);
    const relabelled = new Set<string>();
    for (const { id, before, after } of edit.changes) {
      const same =
        before !== undefined &&
        after !== undefined &&
        before.kind === after.kind &&
        fields.every((field) => before[field] === after[field]);
      (same ? relabelled : structural).add(id);
    }
    const below = reportingClosure(edit.graph, structural, 'in', edit.limit);
    if (below === null) return false;
    const subjects = new Set<string>();
    for (const id of below) {
      const node = edit.graph.node(id);
      if (node !== undefined && kinds.includes(node.kind)) subjects.add(id);
    }
    for (const v of old) if (v.nodeIds.some((id) => relabelled.has(id))) subjects.add(v.nodeIds[0] ?? '');
    const stale = (v: Violation): boolean => below.has(v.nodeIds[0] ?? '') || subjects.has(v.nodeIds[0] ?? '');
    if (subjects.size === 0) {
      replace(lists, [rule], [], stale, () => false, delta);
      continue;
    }
    const context = reportingClosure(edit.graph, subjects, 'out', edit.limit);
    if (context === null) return false;
    const part = partPlan(edit.graph, edit.next, context, (e) => e.kind === 'reports-to');
    const about = (v: Violation): boolean => subjects.has(v.nodeIds[0] ?? '');
    replace(lists, [rule], run(part, [rule], edit.book), stale, about, delta);
  }
  return true;
}

/**
 * Reporting cycles: a cycle through a changed reports-to line, or naming a
 * changed node, lies wholly among the managers above that line's source or
 * that node, with its whole component; that upward closure is re-checked and
 * its old cycles replaced.
 */
function recheckCycles(edit: Edit, lists: Lists, delta: Delta): boolean {
  for (const rule of CYCLE_RULES) {
    const old = lists.get(rule.meta.id);
    if (old === undefined) continue;
    const seeds = reportingSources(edit.lines);
    const changed = new Set(edit.changes.map((c) => c.id));
    for (const c of edit.changes) if (c.before === undefined || c.after === undefined) seeds.add(c.id);
    for (const v of old) for (const id of v.nodeIds) if (changed.has(id)) seeds.add(id);
    if (seeds.size === 0) continue;
    const region = reportingClosure(edit.graph, seeds, 'out', edit.limit);
    if (region === null) return false;
    const part = partPlan(edit.graph, edit.next, region, (e) => e.kind === 'reports-to');
    const inRegion = (v: Violation): boolean => v.nodeIds.some((id) => region.has(id));
    replace(lists, [rule], run(part, [rule], edit.book), inRegion, () => true, delta);
  }
  return true;
}

/** Rules over every node of some kinds: re-run on those nodes when a node of those kinds changed. */
function recheckKinds(edit: Edit, lists: Lists, delta: Delta): void {
  for (const rule of KINDS_RULES) {
    if (!lists.has(rule.meta.id) || rule.reads.scope !== 'kinds') continue;
    const { kinds, group } = rule.reads;
    const ofKinds = (node: PlanNode | undefined): node is PlanNode => node !== undefined && kinds.includes(node.kind);
    const hit = edit.changes.some((c) => ofKinds(c.before) || ofKinds(c.after));
    if (!hit) continue;
    if (group !== undefined) {
      recheckGroups(edit, lists, delta, rule, ofKinds, group);
      continue;
    }
    replace(
      lists,
      [rule],
      run(nodesPlan(edit.next, edit.next.nodes.filter(ofKinds)), [rule], edit.book),
      () => true,
      () => true,
      delta,
    );
  }
}

/**
 * A grouped `kinds` rule: only the groups a changed node was in or is in now can change. Their nodes are
 * re-checked; an old violation is stale when it names a changed node or a node of those groups (a violation of
 * such a group names at least one of them, changed or not).
 */
function recheckGroups(
  edit: Edit,
  lists: Lists,
  delta: Delta,
  rule: RuleModule,
  ofKinds: (node: PlanNode | undefined) => node is PlanNode,
  group: (node: PlanNode) => string | undefined,
): void {
  const keys = new Set<string>();
  const changed = new Set<string>();
  for (const { id, before, after } of edit.changes) {
    changed.add(id);
    for (const node of [before, after]) {
      const key = ofKinds(node) ? group(node) : undefined;
      if (key !== undefined) keys.add(key);
    }
  }
  const nodes =
    keys.size === 0
      ? []
      : edit.next.nodes.filter((node) => {
          const key = ofKinds(node) ? group(node) : undefined;
          return key !== undefined && keys.has(key);
        });
  const rerun = new Set(nodes.map((node) => node.id));
  const stale = (v: Violation): boolean => v.nodeIds.some((id) => changed.has(id) || rerun.has(id));
  const found = nodes.length === 0 ? [] : run(nodesPlan(edit.next, nodes), [rule], edit.book);
  replace(lists, [rule], found, stale, () => true, delta);
}

function fullState(plan: Plan): State {
  const all = checkPlan(plan);
  const byRule = new Map<string, Violation[]>();
  for (const rule of RUN_ORDER)
    if (resolveRuleSettings(plan, rule.meta.id as RuleId).enabled) byRule.set(rule.meta.id, []);
  for (const v of all) byRule.get(v.ruleId)?.push(v);
  return { plan, graph: new EditedGraph(indexPlan(plan)), byRule, all };
}

function sortAll(lists: Lists): Violation[] {
  const all: Violation[] = [];
  for (const list of lists.values()) for (const v of list) all.push(v);
  return all.sort(compareViolations);
}

/** Whether an edit can change a whole-graph rule's finding: see RuleReads `reporting-graph`. */
function touchesReportingGraph(edit: Edit, rules: readonly RuleModule[], lists: Lists): boolean {
  const reportsTo = (line: PlanEdge): boolean => line.kind === 'reports-to';
  if (edit.lines.added.some(reportsTo) || edit.lines.removed.some(reportsTo)) return true;
  const named = new Set<string>();
  for (const rule of rules) for (const v of lists.get(rule.meta.id) ?? NONE) for (const id of v.nodeIds) named.add(id);
  return edit.changes.some(
    (c) => c.before === undefined || c.after === undefined || c.before.kind !== c.after.kind || named.has(c.id),
  );
}

/** Whole-graph rules (max-layers): re-run on the whole next plan when the edit can change their finding. */
function recheckReportingGraph(edit: Edit, lists: Lists, delta: Delta): void {
  const enabled = GRAPH_RULES.filter((rule) => lists.has(rule.meta.id));
  if (enabled.length === 0 || !touchesReportingGraph(edit, enabled, lists)) return;
  const found: Violation[] = [];
  runRules(edit.next, indexPlan(edit.next), enabled, edit.book, found);
  replace(
    lists,
    enabled,
    found,
    () => true,
    () => true,
    delta,
  );
}

/** The plan's settings and waivers: re-read whole (they are small), stale-waiver from the final marks. */
function recheckSettings(edit: Edit, lists: Lists, delta: Delta): void {
  const waivers = edit.next.waivers ?? [];
  const ids = new Set(waivers.map((w) => w.nodeId));
  const part = partPlan(edit.graph, edit.next, ids, () => false);
  const book = usedWaivers(lists, waivable, waivers);
  replace(
    lists,
    SETTINGS_RULES,
    run(part, SETTINGS_RULES, book),
    () => true,
    () => true,
    delta,
  );
}

/** The next state from the previous one, or null when a full check is due. */
function update(state: State, next: Plan): State | null {
  const prev = state.plan;
  if (next.rules !== prev.rules) return null;
  const limit = Math.max(64, next.nodes.length >> 3);
  const nodeStretch = changedStretch(prev.nodes, next.nodes, limit);
  const lines = changedStretch(prev.edges, next.edges, limit);
  const changes = nodeStretch === null ? null : nodeChanges(nodeStretch);
  if (changes === null || lines === null) return null;
  const waiversChanged = (prev.waivers ?? NONE) !== (next.waivers ?? NONE);
  if (changes.length === 0 && lines.removed.length === 0 && lines.added.length === 0 && !waiversChanged)
    return { ...state, plan: next };
  // Past `limit` edits the overlay costs more than indexing once; the previous plan's index is usually cached.
  const graph = state.graph.size > limit ? new EditedGraph(indexPlan(prev)) : state.graph;
  if (!graph.apply(changes, lines)) return null;
  const edit: Edit = { next, graph, changes, lines, limit, book: new WaiverBook(next.waivers ?? []) };
  const lists: Lists = new Map(state.byRule);
  const delta: Delta = { dropped: new Set(), added: [] };
  if (!recheckNodes(edit, lists, delta) || !recheckChains(edit, lists, delta) || !recheckCycles(edit, lists, delta))
    return null;
  recheckKinds(edit, lists, delta);
  recheckReportingGraph(edit, lists, delta);
  // Without waivers before or after, the settings rules (unknown rule ids, stale waivers) have nothing new to say.
  const noWaivers = (prev.waivers ?? NONE).length === 0 && (next.waivers ?? NONE).length === 0;
  if (!noWaivers) {
    if (waiversChanged) remarkWaivers(lists, waivable, next.waivers ?? []);
    recheckSettings(edit, lists, delta);
  }
  const all = waiversChanged ? sortAll(lists) : patchSorted(state.all, delta);
  return { plan: next, graph, byRule: lists, all };
}

const NONE: readonly never[] = [];

export class IncrementalChecker {
  private state: State | null = null;
  /** How the last call ran. */
  lastRun: CheckRun = 'full';

  /** Exactly `checkPlan(plan)`, re-checking only what changed since the plan this was last called with. */
  check(plan: Plan): readonly Violation[] {
    const state = this.state;
    if (state?.plan === plan) {
      this.lastRun = 'unchanged';
      return state.all;
    }
    const next = state === null ? null : update(state, plan);
    this.lastRun = next === null ? 'full' : next.all === state?.all ? 'unchanged' : 'incremental';
    this.state = next ?? fullState(plan);
    return this.state.all;
  }
}
