/** The React Flow view of a plan: nodes and edges carry the plan's own records, never copies of their fields. */
import type { Edge, Node } from '@xyflow/react';
import type { NodeKind, PlanEdge, PlanNode, Position } from '@shared/model/types';
import type { CompareMark } from '../compare/compare-marks';
import type { ProblemMarker } from '../problems/violations';

/**
 * `marker`: the rule problems about the node (problems/violations.ts), null when there are none. `compare`: what
 * changed about it while the compare view is open (compare/compare-marks.ts), absent otherwise.
 */
export type FlowNodeData = {
  readonly node: PlanNode;
  readonly marker: ProblemMarker | null;
  readonly compare?: CompareMark | null;
};
/** A plan node by its kind, or `ghost`: a node of the compared plan that the current one no longer has. */
export type FlowNode = Node<FlowNodeData, NodeKind | 'ghost'>;

/**
 * `marker`: the rule problems about the line, null when there are none (drawn by edges/PlanLine.tsx). `route`: the
 * line's orthogonal path around the cards (edges/route-cache.ts), on lines of type `routed` only.
 */
export type FlowEdgeData = {
  readonly edge: PlanEdge;
  readonly marker: ProblemMarker | null;
  readonly route?: readonly Position[];
};
export type FlowEdge = Edge<FlowEdgeData>;
