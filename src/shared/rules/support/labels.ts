/**
 * How messages name nodes: by name with a kind tag ("Sam (PO)"), by id in
 * quotes when the name is blank, and as an open role when vacant, so a
 * message is never blank or ambiguous about what it points at.
 */
import type { NodeKind, PlanNode } from '../../model/types';

const ROLE_TAG: Readonly<Record<NodeKind, string>> = {
  pm: 'PM',
  po: 'PO',
  person: '',
  team: '',
  stakeholder: '',
};

export function nodeLabel(node: PlanNode): string {
  const name = node.name.trim();
  const shown = name === '' ? `"${node.id}"` : name;
  switch (node.kind) {
    case 'team':
      return `team "${name === '' ? node.id : name}"`;
    case 'stakeholder': {
      const quoted = `"${name === '' ? node.id : name}"`;
      return node.scope === undefined ? `stakeholder ${quoted}` : `${node.scope} stakeholder ${quoted}`;
    }
    default: {
      const tag = ROLE_TAG[node.kind];
      if (node.vacant === true) {
        if (name === '') return tag === '' ? `Open role ${shown}` : `Open role ${shown} (${tag})`;
        return tag === '' ? `${shown} (vacant)` : `${shown} (vacant ${tag})`;
      }
      return tag === '' ? shown : `${shown} (${tag})`;
    }
  }
}

/**
 * The label at the start of a sentence: "Team ..." and "External stakeholder ..."
 * get a capital; people's names are left exactly as the user wrote them.
 */
export function subjectLabel(node: PlanNode): string {
  const label = nodeLabel(node);
  return node.kind === 'team' || node.kind === 'stakeholder' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

/** "A", "A and B", "A, B and C", or the first few and "N others" for long lists. */
export function listLabels(labels: readonly string[], max = 4): string {
  if (labels.length <= 1) return labels[0] ?? '';
  if (labels.length > max) return `${labels.slice(0, max - 1).join(', ')} and ${labels.length - max + 1} others`;
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
}
