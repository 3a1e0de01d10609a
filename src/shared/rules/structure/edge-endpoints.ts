/**
 * edge-endpoints: which node kinds each line may join (format.md leaves this
 * to the rule, so a file with wrong lines still opens and can be fixed).
 */
import type { EdgeKind, NodeKind } from '../../model/types';
import type { RuleCheck } from '../context';
import { nodeLabel, subjectLabel } from '../labels';

/** Comparisons rather than PERSON_KINDS.has: this runs once per edge. */
function isPerson(kind: NodeKind): boolean {
  return kind === 'pm' || kind === 'po' || kind === 'person';
}

/** Every line starts at a person; this is what it must end at. */
function fitsTarget(edgeKind: EdgeKind, target: NodeKind): boolean {
  switch (edgeKind) {
    case 'reports-to':
    case 'dotted-line':
      return isPerson(target);
    case 'member-of':
      return target === 'team';
    case 'engages':
      return target === 'stakeholder';
  }
}

const EXPECTED: Readonly<Record<EdgeKind, string>> = {
  'reports-to': 'a person to a person',
  'dotted-line': 'a person to a person',
  'member-of': 'a person to a team',
  engages: 'a person to a stakeholder',
};

export const checkEdgeEndpoints: RuleCheck = ({ index }, emit) => {
  for (let e = 0; e < index.edges.length; e++) {
    const source = index.source(e);
    const target = index.target(e);
    if (source < 0 || target < 0) continue;
    const kind = index.edgeKind(e);
    if (source !== target && isPerson(index.kind(source)) && fitsTarget(kind, index.kind(target))) continue;
    const edge = index.edge(e);
    const from = index.node(source);
    if (source === target) {
      const self = isPerson(from.kind) ? 'themselves' : 'itself';
      emit([from.id], [edge.id], `${subjectLabel(from)} has a ${kind} line to ${self}`);
      continue;
    }
    const to = index.node(target);
    emit(
      [from.id, to.id],
      [edge.id],
      `The ${kind} line from ${nodeLabel(from)} to ${nodeLabel(to)} must go from ${EXPECTED[kind]}`,
    );
  }
};
