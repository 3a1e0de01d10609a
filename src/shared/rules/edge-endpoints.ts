/**
 * edge-endpoints: every line joins the node kinds its kind allows
 * (graph/connections.ts, the editor's own answer).
 */
import { ALLOWED_ENDS, mayJoin } from '../graph/connections';
import { defineRule } from './support/rule-types';
import { nodeLabel, subjectLabel } from './support/labels';

export const edgeEndpoints = defineRule({
  meta: {
    id: 'edge-endpoints',
    defaultSeverity: 'error',
    origin: 'structure',
    summary:
      'Lines join the right kinds of nodes: reports-to and dotted-line from a person to a person, member-of from a person to a team, engages from a person to a stakeholder; no line joins a node to itself.',
    fixHint: 'Delete the line, or redraw it between nodes of the right kinds (or change the kind of one of its nodes).',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
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
  },
});
