/** Words for the parts of a diff: node kinds, line kinds and field changes, as the marks and the list show them. */
import type { FieldChange } from '@shared/diff/node-changes';
import type { EdgeKind, NodeKind } from '@shared/model/types';

export const KIND_TEXT: Readonly<Record<NodeKind, string>> = {
  pm: 'PM',
  po: 'PO',
  person: 'Person',
  team: 'Team',
  stakeholder: 'Stakeholder',
};

export const LINE_TEXT: Readonly<Record<EdgeKind, string>> = {
  'reports-to': 'reports to',
  'dotted-line': 'has a dotted line to',
  'member-of': 'is a member of',
  engages: 'engages',
};

function valueText(field: FieldChange['field'], value: FieldChange['before']): string {
  if (value === null || value === '') return '—';
  if (field === 'vacant') return value === true ? 'open role' : 'filled';
  if (field === 'kind' && typeof value === 'string' && value in KIND_TEXT) return KIND_TEXT[value as NodeKind];
  return String(value);
}

/** "title: Product Owner, Cart → Product Owner, Payments". */
export function fieldChangeText(change: FieldChange): string {
  return `${change.field}: ${valueText(change.field, change.before)} → ${valueText(change.field, change.after)}`;
}
