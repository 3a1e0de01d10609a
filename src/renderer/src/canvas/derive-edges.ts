/**
 * Plan → React Flow edges (the nodes: derive.ts). Edges depend on their ends' kinds, scopes and positions, never
 * on names (the line components read those from the store), so a rename hands React Flow the very same edge
 * objects, and the very same array when nothing else changed: React Flow then skips rebuilding its connection
 * look-up, which costs ~5 µs per edge per change. An edit that moves no card and changes no card's kind or scope
 * is patched in: only the lines whose selection or problem marker changed are visited, not every line.
 */
import { endpointProblem, indexPlan } from '@shared/edit';
import type { Plan, PlanEdge, PlanNode, Position } from '@shared/model/types';
import { facingHandles, nodeSize } from '@shared/view/card-size';
import { NO_MARKERS, type ProblemMarker, type ProblemMarkers } from '../problems/violations';
import type { Highlight } from '../store/types';
import { lineTitleId } from './edges/line-title-id';
import type { LineRoute, RouteLookup } from './edges/route-cache';
import type { FlowEdge } from './flow-types';
import { changedSlots, patchLimit, toggledIds } from './node-slots';
import { changedMarkerIds, sameMarker } from './problem-markers';

const ORIGIN: Position = { x: 0, y: 0 };

function edgeClass(
  edge: PlanEdge,
  source: PlanNode,
  target: PlanNode,
  highlighted: boolean,
  marker: ProblemMarker | null,
): string {
  let name = `op-edge op-edge--${edge.kind}`;
  if (marker !== null) name += ` has-problem has-problem--${marker.severity}`;
  if (edge.kind === 'engages' && target.scope === 'external') name += ' op-edge--external';
  if (endpointProblem(edge.kind, source, target) !== null) name += ' is-invalid';
  if (highlighted) name += ' is-highlighted';
  return name;
}

const ARROW_KINDS: ReadonlySet<string> = new Set(['reports-to', 'dotted-line']);

export type EdgeDeriver = (
  plan: Plan,
  selected: ReadonlySet<string>,
  dragPositions: ReadonlyMap<string, Position> | null,
  hidden: ReadonlySet<string>,
  highlight: Highlight | null,
  markers?: ProblemMarkers,
  routes?: RouteLookup,
) => FlowEdge[];

const NO_ROUTES: RouteLookup = new Map();

/** Routed lines (route-cache.ts) keep clear of cards; the rest are steps for the hierarchy, curves otherwise. */
function lineType(edge: PlanEdge, route: LineRoute | undefined): string {
  if (route !== undefined) return 'routed';
  return edge.kind === 'reports-to' || edge.kind === 'member-of' ? 'step' : 'curve';
}

interface EdgeEntry {
  readonly edge: PlanEdge;
  // What the line's class and handles depend on besides the edge itself (endpoint checks, external scope, sizes).
  readonly sourceKind: string;
  readonly targetKind: string;
  readonly targetScope: string | undefined;
  readonly highlighted: boolean;
  readonly sourcePosition: Position;
  readonly targetPosition: Position;
  readonly route: LineRoute | undefined;
  readonly flowEdge: FlowEdge;
}

interface EdgeInputs {
  readonly plan: Plan;
  readonly selected: ReadonlySet<string>;
  readonly drag: ReadonlyMap<string, Position> | null;
  readonly hidden: ReadonlySet<string>;
  readonly highlight: Highlight | null;
  readonly markers: ReadonlyMap<string, ProblemMarker>;
  readonly routes: RouteLookup;
}

/** The line between two shown cards: the previous entry (no garbage per edge per edit) when nothing changed. */
function entryFor(
  previous: EdgeEntry | undefined,
  edge: PlanEdge,
  source: PlanNode,
  target: PlanNode,
  inputs: EdgeInputs,
): EdgeEntry {
  const sourcePosition = inputs.drag?.get(source.id) ?? source.position ?? ORIGIN;
  const targetPosition = inputs.drag?.get(target.id) ?? target.position ?? ORIGIN;
  const isSelected = inputs.selected.has(edge.id);
  const highlighted = inputs.highlight?.edges.has(edge.id) ?? false;
  const marker = inputs.markers.get(edge.id) ?? null;
  // While an end is dragged the route (made for where the cards were) no longer applies: a plain line follows.
  const dragged = inputs.drag?.has(source.id) === true || inputs.drag?.has(target.id) === true;
  const route = dragged ? undefined : inputs.routes.get(edge.id);
  if (
    previous !== undefined &&
    previous.edge === edge &&
    previous.sourceKind === source.kind &&
    previous.targetKind === target.kind &&
    previous.targetScope === target.scope &&
    previous.highlighted === highlighted &&
    previous.sourcePosition === sourcePosition &&
    previous.targetPosition === targetPosition &&
    previous.route === route &&
    previous.flowEdge.selected === isSelected &&
    sameMarker(previous.flowEdge.data?.marker ?? null, marker)
  )
    return previous;
  const flowEdge: FlowEdge = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    // A routed line draws its own path and ignores the handles, so it names none: React Flow then keeps one
    // look-up entry less per end (its connection look-up was ~37 ms of opening org-1516).
    ...(route === undefined &&
      facingHandles(sourcePosition, nodeSize(source.kind), targetPosition, nodeSize(target.kind))),
    type: lineType(edge, route),
    selected: isSelected,
    className: edgeClass(edge, source, target, highlighted, marker),
    data: route === undefined ? { edge, marker } : { edge, marker, route },
    // The line's <title> names it with the people's current names (edges/PlanLine.tsx).
    domAttributes: { 'aria-labelledby': lineTitleId(edge.id) },
    interactionWidth: 14,
    ...(ARROW_KINDS.has(edge.kind) && {
      markerEnd: highlighted ? 'op-arrow-highlight' : isSelected ? 'op-arrow-selected' : 'op-arrow',
    }),
    ...(highlighted && { zIndex: 1 }),
  };
  return {
    edge,
    sourceKind: source.kind,
    targetKind: target.kind,
    targetScope: target.scope,
    highlighted,
    sourcePosition,
    targetPosition,
    route,
    flowEdge,
  };
}

/**
 * What the deriver made last time: each drawn line's entry and its index in `out`, by edge id. `entries` is the
 * deriver's own (a patch updates it in place; the derive it came from is never read again).
 */
interface Derived {
  readonly inputs: EdgeInputs;
  readonly out: FlowEdge[];
  readonly entries: Map<string, EdgeEntry>;
  readonly lineById: ReadonlyMap<string, number>;
}

function deriveAll(last: Derived | undefined, inputs: EdgeInputs): Derived {
  const { nodeById } = indexPlan(inputs.plan);
  const entries = new Map<string, EdgeEntry>();
  const lineById = new Map<string, number>();
  const out: FlowEdge[] = [];
  let reused = 0;
  for (const edge of inputs.plan.edges) {
    const source = nodeById.get(edge.source);
    const target = nodeById.get(edge.target);
    if (source === undefined || target === undefined || inputs.hidden.has(source.id) || inputs.hidden.has(target.id))
      continue;
    if (entries.has(edge.id)) continue;
    const entry = entryFor(last?.entries.get(edge.id), edge, source, target, inputs);
    if (last?.out[out.length] === entry.flowEdge) reused++;
    entries.set(edge.id, entry);
    lineById.set(edge.id, out.length);
    out.push(entry.flowEdge);
  }
  const same = last !== undefined && reused === out.length && out.length === last.out.length;
  return { inputs, out: same ? last.out : out, entries, lineById };
}

/**
 * The previous lines with only the touched ones rebuilt, when the edit kept the edge array, moved no card and
 * changed no card's kind or scope (what a line's look depends on besides itself); null when a full derive is due.
 */
function patch(last: Derived, inputs: EdgeInputs): Derived | null {
  const before = last.inputs;
  if (
    inputs.plan.edges !== before.plan.edges ||
    inputs.drag !== before.drag ||
    inputs.hidden !== before.hidden ||
    inputs.highlight !== before.highlight ||
    inputs.routes !== before.routes
  )
    return null;
  const limit = patchLimit(inputs.plan.edges.length);
  const slots = changedSlots(before.plan.nodes, inputs.plan.nodes, limit);
  const marked = changedMarkerIds(before.markers, inputs.markers, limit);
  if (slots === null || marked === null) return null;
  for (const slot of slots) {
    const was = before.plan.nodes[slot] as PlanNode;
    const now = inputs.plan.nodes[slot] as PlanNode;
    if (was.kind !== now.kind || was.scope !== now.scope) return null;
  }
  const touched = [...toggledIds(before.selected, inputs.selected), ...marked];
  if (touched.length > limit) return null;
  let out = last.out;
  const { nodeById } = indexPlan(inputs.plan);
  for (const id of touched) {
    const at = last.lineById.get(id);
    const previous = last.entries.get(id);
    if (at === undefined || previous === undefined) continue; // not drawn: an end is hidden or missing
    const source = nodeById.get(previous.edge.source) as PlanNode;
    const target = nodeById.get(previous.edge.target) as PlanNode;
    const entry = entryFor(previous, previous.edge, source, target, inputs);
    if (entry === previous) continue;
    if (out === last.out) out = out.slice();
    out[at] = entry.flowEdge;
    last.entries.set(id, entry);
  }
  return { inputs, out, entries: last.entries, lineById: last.lineById };
}

export function createEdgeDeriver(): EdgeDeriver {
  let last: Derived | undefined;
  return (plan, selected, dragPositions, hidden, highlight, markers = NO_MARKERS, routes = NO_ROUTES) => {
    const inputs: EdgeInputs = {
      plan,
      selected,
      drag: dragPositions,
      hidden,
      highlight,
      markers: markers.edges,
      routes,
    };
    last = (last === undefined ? null : patch(last, inputs)) ?? deriveAll(last, inputs);
    return last.out;
  };
}
