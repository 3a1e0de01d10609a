/**
 * Plan → React Flow nodes (the edges: derive-edges.ts). Derived on every change, never stored: the plan is the
 * only copy. The deriver remembers the objects it made last time and hands back the very same object for an
 * unchanged node, so React Flow and the memoised node components skip them; dragging one card in a 1,500-person
 * plan rebuilds one node. An edit that moves no card (a rename, a change of role, a new check result, a click
 * that selects) is patched in: only the cards it touched are visited (node-slots.ts), not every card of the plan.
 */
import { describeNode } from '@shared/edit';
import type { Plan, PlanNode, Position } from '@shared/model/types';
import { NO_MARKERS, type ProblemMarker, type ProblemMarkers } from '../problems/violations';
import { changedMarkerIds, sameMarker } from './problem-markers';
import type { FlowNode } from './flow-types';
import { nodeSize } from '@shared/view/card-size';
import { chartOrder } from '@shared/view/card-navigation';
import { nodeHandles } from './geometry';
import { changedSlots, patchLimit, toggledIds } from './node-slots';
import { compareClass, sameCompareMark, type CompareMark } from '../compare/compare-marks';

// The edge deriver moved to its own file; tests and callers that know it from here keep their import.
export { createEdgeDeriver } from './derive-edges';

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
 * The nodes' slots in the chart's reading order, top-down then left-right: React Flow renders them in array
 * order, so this is the order Tab visits the cards in (it was the order they were created in).
 */
function readingOrder(nodes: readonly PlanNode[], dragPositions: ReadonlyMap<string, Position> | null): number[] {
  return chartOrder(
    nodes.map((_, slot) => slot),
    (slot) => {
      const node = nodes[slot] as PlanNode;
      const { x, y } = dragPositions?.get(node.id) ?? node.position ?? ORIGIN;
      return { x, y, ...nodeSize(node.kind) };
    },
    ROW_BAND,
  );
}

interface NodeInputs {
  readonly nodes: readonly PlanNode[];
  readonly selected: ReadonlySet<string>;
  readonly drag: ReadonlyMap<string, Position> | null;
  readonly hidden: ReadonlySet<string>;
  readonly markers: ReadonlyMap<string, ProblemMarker>;
  readonly compare: ReadonlyMap<string, CompareMark>;
}

/** What the deriver made last time, and where each card came from, so the next edit can patch it. */
interface Derived {
  readonly inputs: NodeInputs;
  readonly out: FlowNode[];
  /** The reading order as slots of `inputs.nodes`: it holds while every slot keeps its id and position. */
  readonly order: readonly number[];
  /** Each card's slot in `inputs.nodes`, by its index in `out`. */
  readonly slotOf: Int32Array;
  /** Each slot's index in `out`; -1 for a hidden node or a repeated id (drawn once, at its first slot). */
  readonly cardOf: Int32Array;
  /** Each card's index in `out`, by node id. */
  readonly cardById: ReadonlyMap<string, number>;
}

/** The card for a node: the previous object when nothing it shows changed. */
function cardFor(previous: FlowNode | undefined, node: PlanNode, inputs: NodeInputs): FlowNode {
  const position = inputs.drag?.get(node.id) ?? node.position ?? ORIGIN;
  const selected = inputs.selected.has(node.id);
  // Markers are compared by value: a new check result that says the same keeps the card as it is.
  const marker = inputs.markers.get(node.id) ?? null;
  const compare = inputs.compare.get(node.id) ?? null;
  return previous?.data.node === node &&
    previous.position === position &&
    previous.selected === selected &&
    sameMarker(previous.data.marker, marker) &&
    sameCompareMark(previous.data.compare, compare)
    ? previous
    : toFlowNode(node, position, selected, marker, compare);
}

/** Every card, in reading order; the order is sorted again only when a card may have moved. */
function deriveAll(last: Derived | undefined, inputs: NodeInputs): Derived {
  const { nodes } = inputs;
  const order =
    last !== undefined && last.inputs.nodes === nodes && last.inputs.drag === inputs.drag
      ? last.order
      : readingOrder(nodes, inputs.drag);
  const out: FlowNode[] = [];
  const slotOf = new Int32Array(nodes.length);
  const cardOf = new Int32Array(nodes.length).fill(-1);
  const cardById = new Map<string, number>();
  let reused = 0;
  for (const slot of order) {
    const node = nodes[slot] as PlanNode;
    if (inputs.hidden.has(node.id) || cardById.has(node.id)) continue;
    const at = last?.cardById.get(node.id);
    const card = cardFor(at === undefined ? undefined : last?.out[at], node, inputs);
    if (last?.out[out.length] === card) reused++;
    slotOf[out.length] = slot;
    cardOf[slot] = out.length;
    cardById.set(node.id, out.length);
    out.push(card);
  }
  // Nothing changed (a line's marker, say): the same array, so React Flow does not re-adopt every node.
  const same = last !== undefined && reused === out.length && out.length === last.out.length;
  return { inputs, out: same ? last.out : out, order, slotOf, cardOf, cardById };
}

/**
 * The previous cards with only the touched ones rebuilt, when no card moved, appeared or disappeared (same ids and
 * positions slot by slot, the same drag, hidden and compare inputs); null when a full derive is due.
 */
function patch(last: Derived, inputs: NodeInputs): Derived | null {
  const before = last.inputs;
  if (inputs.drag !== before.drag || inputs.hidden !== before.hidden || inputs.compare !== before.compare) return null;
  const limit = patchLimit(inputs.nodes.length);
  const slots = changedSlots(before.nodes, inputs.nodes, limit);
  const marked = changedMarkerIds(before.markers, inputs.markers, limit);
  if (slots === null || marked === null) return null;
  const touched = new Set<number>();
  for (const slot of slots) if ((last.cardOf[slot] as number) >= 0) touched.add(last.cardOf[slot] as number);
  for (const id of [...toggledIds(before.selected, inputs.selected), ...marked]) {
    const at = last.cardById.get(id);
    if (at !== undefined) touched.add(at);
  }
  if (touched.size > limit) return null;
  let out = last.out;
  for (const at of touched) {
    const card = cardFor(last.out[at], inputs.nodes[last.slotOf[at] as number] as PlanNode, inputs);
    if (card === out[at]) continue;
    if (out === last.out) out = out.slice();
    out[at] = card;
  }
  return { ...last, inputs, out };
}

export function createNodeDeriver(): NodeDeriver {
  let last: Derived | undefined;
  return (plan, selected, dragPositions, hidden, markers = NO_MARKERS, compareMarks = NO_COMPARE_MARKS) => {
    const inputs: NodeInputs = {
      nodes: plan.nodes,
      selected,
      drag: dragPositions,
      hidden,
      markers: markers.nodes,
      compare: compareMarks,
    };
    last = (last === undefined ? null : patch(last, inputs)) ?? deriveAll(last, inputs);
    return last.out;
  };
}
