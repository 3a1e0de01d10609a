/** How edits name nodes and lines in their messages: "Lena Schmidt (PO)", "Open role (PM)". */
import type { EdgeKind, NodeKind, PlanNode } from '../model/types';

export const KIND_LABEL: Readonly<Record<NodeKind, string>> = {
  pm: 'PM',
  po: 'PO',
  person: 'person',
  team: 'team',
  stakeholder: 'stakeholder',
};

export function displayName(node: PlanNode): string {
  const name = node.name.trim();
  if (name !== '') return name;
  if (node.vacant === true) return 'Open role';
  return `Unnamed ${KIND_LABEL[node.kind]}`;
}

export function describeNode(node: PlanNode): string {
  const name = displayName(node);
  switch (node.kind) {
    case 'pm':
    case 'po':
      return `${name} (${KIND_LABEL[node.kind]})`;
    case 'stakeholder':
      return `${name} (${node.scope ?? 'internal'} stakeholder)`;
    case 'team':
      return name;
    case 'person':
      return name;
  }
}

/** "Lena Schmidt (PO) reports to Daniel Okafor (PM)". */
export function describeEdge(kind: EdgeKind, source: PlanNode, target: PlanNode): string {
  const s = describeNode(source);
  const t = describeNode(target);
  switch (kind) {
    case 'reports-to':
      return `${s} reports to ${t}`;
    case 'dotted-line':
      return `${s} has a dotted line to ${t}`;
    case 'member-of':
      return `${s} is a member of ${t}`;
    case 'engages':
      return `${s} engages ${t}`;
  }
}
