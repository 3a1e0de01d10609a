/**
 * edge-endpoints: every line joins the node kinds its kind allows
 * (graph/connections.ts, the editor's own answer).
 */
import { ALLOWED_ENDS, mayJoin } from '../../graph/connections';
import type { RuleCheck } from '../context';
import { nodeLabel, subjectLabel } from '../labels';

export const checkEdgeEndpoints: RuleCheck = ({ index }, emit) => {
  for (let e = 0; e < index.edges.length; e++) {
    const source = index.source(e);
    const target = index.target(e);
    if (source < 0 || target < 0) continue;
    const kind = index.edgeKind(e);
    if (source !== target && mayJoin(kind, index.kind(source), index.kind(target))) continue;
    const edge = index.edge(e);
    const from = index.node(source);
    if (source === target) {
      const self = index.isPerson(source) ? 'themselves' : 'itself';
      emit([from.id], [edge.id], `${subjectLabel(from)} has a ${kind} line to ${self}`);
      continue;
    }
    const to = index.node(target);
    emit(
      [from.id, to.id],
      [edge.id],
      `The ${kind} line from ${nodeLabel(from)} to ${nodeLabel(to)} must go from ${ALLOWED_ENDS[kind]}`,
    );
  }
};
