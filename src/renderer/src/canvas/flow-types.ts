/** The React Flow view of a plan: nodes and edges carry the plan's own records, never copies of their fields. */
import type { Edge, Node } from '@xyflow/react';
import type { NodeKind, PlanEdge, PlanNode } from '@shared/model/types';

export type FlowNodeData = { readonly node: PlanNode };
export type FlowNode = Node<FlowNodeData, NodeKind>;

export type FlowEdgeData = { readonly edge: PlanEdge };
export type FlowEdge = Edge<FlowEdgeData>;
