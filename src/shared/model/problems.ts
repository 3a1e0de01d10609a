/** A reason a document is refused, located by its JSON path (format.md). */
export interface PlanProblem {
  /** `nodes[3].kind`, or '' for the document as a whole. */
  readonly path: string;
  readonly message: string;
}

export function formatProblem(problem: PlanProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/** How many problems a refusal lists; past that the first ones are what a user needs. */
export const MAX_REPORTED_PROBLEMS = 20;

/** Collects problems while a document is validated, and stops caring after the first few. */
export class ProblemList {
  readonly items: PlanProblem[] = [];

  add(path: string, message: string): void {
    if (this.items.length < MAX_REPORTED_PROBLEMS) this.items.push({ path, message });
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }
}
