/** Problem markers compared by value, so a new check result that says the same keeps cards and lines as they are. */
import type { ProblemMarker } from '../problems/violations';

export function sameMarker(a: ProblemMarker | null, b: ProblemMarker | null): boolean {
  return a === b || (a !== null && b !== null && a.severity === b.severity && a.text === b.text);
}

/**
 * The ids whose marker differs between two marker maps (present in one only, or saying something else), or null
 * when more than `limit` differ. The maps hold only the marked ids (a few hundred in a large plan), so this is
 * how the derivers find the cards and lines an edit's new check result touched without visiting every card.
 */
export function changedMarkerIds(
  before: ReadonlyMap<string, ProblemMarker>,
  after: ReadonlyMap<string, ProblemMarker>,
  limit: number,
): string[] | null {
  if (before === after) return [];
  const ids: string[] = [];
  for (const [id, marker] of after) if (!sameMarker(before.get(id) ?? null, marker)) ids.push(id);
  for (const id of before.keys()) if (!after.has(id)) ids.push(id);
  return ids.length > limit ? null : ids;
}
