/** The plan as a graph: one index for editing, rules, fixes and the UI, and which lines may join which nodes. */
export {
  ALLOWED_ENDS,
  directionByMeaning,
  endpointProblem,
  inferEdge,
  mayJoin,
  type ConnectDirection,
  type HandleSide,
  type MeaningfulDirection,
  type ProposedEdge,
} from './connections';
export type { EdgeLists } from './adjacency';
export { GraphIndex, type ByIdLookup } from './graph-index';
export { indexPlan } from './index-plan';
