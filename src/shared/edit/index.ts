/** Pure plan-editing operations: each takes a plan and returns a new one (or a reason to refuse). */
export { addNode, newNode, type NewNodeSpec } from './add-node';
export { copyFragment, duplicateNodes, pasteFragment, type Fragment, type PasteResult } from './clipboard';
export { applyConnection, checkConnection, connect, reparent, type ConnectionCheck } from './connect';
export { deleteElements } from './delete';
export { describeNode, displayName, KIND_LABEL } from './describe';
export { setEdgeKind, toggleDottedLine } from './edge-kind';
export { describeEdge, endpointProblem, inferEdge, type HandleSide, type ProposedEdge } from './endpoints';
export { findNodes, normalizeForSearch, type FindHit } from './find';
export {
  attachmentsOf,
  descendants,
  hiddenByCollapse,
  isAtOrAbove,
  reportingChain,
  subtree,
  type Chain,
} from './hierarchy';
export { createIdGenerator, EDGE_ID_PREFIX, type IdGenerator } from './ids';
export { moveNodes } from './move';
export { findFreeSpot } from './placement';
export { directReports, indexPlan, isHierarchyEdge, managerOf, type PlanIndex } from './plan-index';
export { refuse, type EditResult, type Refusal } from './result';
export { renamePlan, updateNode, type NodePatch } from './update';
