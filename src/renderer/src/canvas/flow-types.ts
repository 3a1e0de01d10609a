/** The React Flow view of a plan: nodes and edges carry the plan's own records, never copies of their fields. */
import type { Edge, Node } from '@xyflow/react';
import type { NodeKind, PlanEdge, PlanNode, Position } from '@shared/model/types';
import type { ProblemMarker } from '../problems/violations';

/** `marker`: the rule problems about the node (problems/violations.ts), null when there are none. */
export type FlowNodeData = { readonly node: PlanNode; readonly marker: ProblemMarker | null };
export type FlowNode = Node<FlowNodeData, NodeKind>;

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
