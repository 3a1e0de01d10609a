/**
 * The line a row's manager cell makes, by the kinds at both ends: a person reports to
 * a person, belongs to a team named as their manager, a team's "manager" is a member of
 * it (its PO), and a stakeholder's is the person who engages them.
 */
import type { NodeKind, PlanEdge } from '../model/types';
import { isPersonKind } from '../model/types';

export function importedLine(
  row: { id: string; kind: NodeKind },
  manager: { id: string; kind: NodeKind },
): PlanEdge | undefined {
  const person = isPersonKind(row.kind);
  const managerIsPerson = isPersonKind(manager.kind);
  if (person && managerIsPerson) {
    return { id: `reports-to:${row.id}`, kind: 'reports-to', source: row.id, target: manager.id };
  }
  if (person && manager.kind === 'team') {
    return { id: `member-of:${row.id}`, kind: 'member-of', source: row.id, target: manager.id };
  }
  if (row.kind === 'team' && managerIsPerson) {
    return { id: `member-of:${row.id}`, kind: 'member-of', source: manager.id, target: row.id };
  }
  if (row.kind === 'stakeholder' && managerIsPerson) {
    return { id: `engages:${row.id}`, kind: 'engages', source: manager.id, target: row.id };
  }
  return undefined;
}
