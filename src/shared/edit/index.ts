/** Pure plan-editing operations: each takes a plan and returns a new one (or a reason to refuse). */
export { addNode, newNode, type NewNodeSpec } from './add-node';
export { addAttached, type Attached } from './attach';
export { copyFragment, duplicateNodes, pasteFragment, type Fragment, type PasteResult } from './clipboard';
export { applyConnection, checkConnection, connect, lineRefusal, reparent, type ConnectionCheck } from './connect';
export { deleteElements } from './delete';
export { describeEdge, describeNode, displayName, KIND_LABEL } from './describe';
export { setEdgeKind, toggleDottedLine } from './edge-kind';
export { findNodes, normalizeForSearch, searchNodes, type FindHit, type FindResult } from './find';
export { hitContexts, type HitContext } from './find-context';
export {
  attachmentsOf,
  descendants,
  directReports,
  hiddenByCollapse,
  isAtOrAbove,
  managerOf,
  reportingChain,
  subtree,
  type Chain,
} from './hierarchy';
export { createIdGenerator, EDGE_ID_PREFIX, type IdGenerator } from './ids';
export { addLine, linesFrom, removeLine, type LineEnd } from './lines';
export { moveNodes } from './move';
export { findFreeSpot } from './placement';
export { refuse, type EditResult, type Refusal } from './result';
// The graph's own entry points, for the app's convenience: the editor and the UI read the same index and connection rules.
export {
  directionByMeaning,
  endpointProblem,
  indexPlan,
  inferEdge,
  type ConnectDirection,
  type HandleSide,
  type ProposedEdge,
} from '../graph';
export { renamePlan, updateNode, type NodePatch } from './update';
