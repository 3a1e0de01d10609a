/** Problem markers compared by value, so a new check result that says the same keeps cards and lines as they are. */
import type { ProblemMarker } from '../problems/violations';

export function sameMarker(a: ProblemMarker | null, b: ProblemMarker | null): boolean {
  return a === b || (a !== null && b !== null && a.severity === b.severity && a.text === b.text);
}
