/**
 * Plan → React Flow nodes and edges. Derived on every change, never stored:
 * the plan is the only copy. Each deriver remembers the objects it made last
 * time and hands back the very same object for an unchanged node or edge, so
 * React Flow and the memoised node components skip them; dragging one card
 * in a 1,500-person plan rebuilds one node and its edges.
 */
import { describeNode, endpointProblem, indexPlan } from '@shared/edit';
import type { Plan, PlanEdge, PlanNode, Position } from '@shared/model/types';
import { NO_MARKERS, type ProblemMarker, type ProblemMarkers } from '../problems/violations';
import type { Highlight } from '../store/types';
import { sameMarker } from './problem-markers';
import type { FlowEdge, FlowNode } from './flow-types';
import { lineTitleId } from './edges/line-title-id';
import type { LineRoute, RouteLookup } from './edges/route-cache';
import { facingHandles, nodeSize } from '@shared/view/card-size';
import { chartOrder } from '@shared/view/card-navigation';
import { nodeHandles } from './geometry';
import { compareClass, sameCompareMark, type CompareMark } from '../compare/compare-marks';

const ORIGIN: Position = { x: 0, y: 0 };
const NO_COMPARE_MARKS: ReadonlyMap<string, CompareMark> = new Map();

function toFlowNode(
  node: PlanNode,
  position: Position,
  selected: boolean,
  marker: ProblemMarker | null,
  compare: CompareMark | null,
): FlowNode {
  const { width, height } = nodeSize(node.kind);
  const className = compareClass(compare);
  return {
    id: node.id,
    type: node.kind,
    position,
    data: compare === null ? { node, marker } : { node, marker, compare },
    ...(className !== undefined && { className }),
    selected,
    width,
    height,
    measured: { width, height },
    handles: nodeHandles(node.kind),
    ariaLabel: `${describeNode(node)}${node.title !== undefined ? `, ${node.title}` : ''}`,
  };
}

export type NodeDeriver = (
  plan: Plan,
  selected: ReadonlySet<string>,
  dragPositions: ReadonlyMap<string, Position> | null,
  hidden: ReadonlySet<string>,
  markers?: ProblemMarkers,
  /** While the compare view is open: what changed about each node (compare/compare-marks.ts). */
  compareMarks?: ReadonlyMap<string, CompareMark>,
) => FlowNode[];

/** Rows for the reading order: cards whose centres are less than a card's height apart share one. */
const ROW_BAND = nodeSize('person').height;

/**
 * The nodes in the chart's reading order, top-down then left-right: React Flow renders them in array order, so
 * this is the order Tab visits the cards in (it was the order they were created in).
 */
function readingOrder(plan: Plan, dragPositions: ReadonlyMap<string, Position> | null): PlanNode[] {
  return chartOrder(
    plan.nodes,
    (node) => {
      const { x, y } = dragPositions?.get(node.id) ?? node.position ?? ORIGIN;
      return { x, y, ...nodeSize(node.kind) };
    },
    ROW_BAND,
  );
}

export function createNodeDeriver(): NodeDeriver {
  let cache = new Map<string, FlowNode>();
  let lastOut: FlowNode[] = [];
  let ordered: { nodes: Plan['nodes']; drag: ReadonlyMap<string, Position> | null; order: PlanNode[] } | undefined;
  return (plan, selected, dragPositions, hidden, markers = NO_MARKERS, compareMarks = NO_COMPARE_MARKS) => {
    const next = new Map<string, FlowNode>();
    const out: FlowNode[] = [];
    let reused = 0;
    // Sorted again only when a position may have changed: selection and marker changes reuse the order.
    if (ordered?.nodes !== plan.nodes || ordered.drag !== dragPositions)
      ordered = { nodes: plan.nodes, drag: dragPositions, order: readingOrder(plan, dragPositions) };
    for (const node of ordered.order) {
      if (hidden.has(node.id) || next.has(node.id)) continue;
      const position = dragPositions?.get(node.id) ?? node.position ?? ORIGIN;
      const isSelected = selected.has(node.id);
      const previous = cache.get(node.id);
      // Markers are compared by value: a new check result that says the same keeps the card as it is.
      const marker = markers.nodes.get(node.id) ?? null;
      const compare = compareMarks.get(node.id) ?? null;
      const flowNode =
        previous?.data.node === node &&
        previous.position === position &&
        previous.selected === isSelected &&
        sameMarker(previous.data.marker, marker) &&
        sameCompareMark(previous.data.compare, compare)
          ? previous
          : toFlowNode(node, position, isSelected, marker, compare);
      if (lastOut[out.length] === flowNode) reused++;
      next.set(node.id, flowNode);
      out.push(flowNode);
    }
    cache = next;
    // Nothing changed (a line's marker, say): the same array, so React Flow does not re-adopt every node.
    if (reused === out.length && out.length === lastOut.length) return lastOut;
    lastOut = out;
    return out;
  };
}

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

/**
 * Edges depend on their ends' kinds, scopes and positions, never on names (the line components read those from
 * the store), so a rename hands React Flow the very same edge objects, and the very same array when nothing else
 * changed: React Flow then skips rebuilding its connection look-up, which costs ~5 µs per edge per change.
 */
export function createEdgeDeriver(): EdgeDeriver {
  let cache = new Map<string, EdgeEntry>();
  let lastOut: FlowEdge[] = [];
  return (plan, selected, dragPositions, hidden, highlight, markers = NO_MARKERS, routes = NO_ROUTES) => {
    const { nodeById } = indexPlan(plan);
    const next = new Map<string, EdgeEntry>();
    const out: FlowEdge[] = [];
    let reused = 0;
    for (const edge of plan.edges) {
      const source = nodeById.get(edge.source);
      const target = nodeById.get(edge.target);
      if (source === undefined || target === undefined || hidden.has(source.id) || hidden.has(target.id)) continue;
      if (next.has(edge.id)) continue;
      const sourcePosition = dragPositions?.get(source.id) ?? source.position ?? ORIGIN;
      const targetPosition = dragPositions?.get(target.id) ?? target.position ?? ORIGIN;
      const isSelected = selected.has(edge.id);
      const highlighted = highlight?.edges.has(edge.id) ?? false;
      const previous = cache.get(edge.id);
      const marker = markers.edges.get(edge.id) ?? null;
      // While an end is dragged the route (made for where the cards were) no longer applies: a plain line follows.
      const dragged = dragPositions?.has(source.id) === true || dragPositions?.has(target.id) === true;
      const route = dragged ? undefined : routes.get(edge.id);
      let entry: EdgeEntry;
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
      ) {
        entry = previous; // the same entry too: no garbage per edge per edit
        if (lastOut[out.length] === entry.flowEdge) reused++;
      } else {
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
        entry = {
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
      next.set(edge.id, entry);
      out.push(entry.flowEdge);
    }
    cache = next;
    if (reused === out.length && out.length === lastOut.length) return lastOut;
    lastOut = out;
    return out;
  };
}
