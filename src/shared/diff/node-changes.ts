/**
 * What changed on a person, team or stakeholder that exists in both plans: the fields format.md defines
 * (position is layout, not organisation, and is left out).
 */
import type { PlanNode } from '../model/types';

export const COMPARED_FIELDS = ['kind', 'title', 'level', 'scope', 'vacant', 'notes'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  readonly field: ComparedField;
  readonly before: string | number | boolean | null;
  readonly after: string | number | boolean | null;
}

function valueOf(node: PlanNode, field: ComparedField): string | number | boolean | null {
  // An absent `vacant` and `false` say the same.
  if (field === 'vacant') return node.vacant === true;
  const value = node[field];
  return value === undefined ? null : value;
}

export function fieldChanges(before: PlanNode, after: PlanNode): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of COMPARED_FIELDS) {
    const a = valueOf(before, field);
    const b = valueOf(after, field);
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}
