/** A reason a document is refused, located by its JSON path (format.md). */
export interface PlanProblem {
  /** `nodes[3].kind`, or '' for the document as a whole. */
  readonly path: string;
  readonly message: string;
  /**
   * The scenario (format 3) the problem is in, by name, when it is inside one of the file's proposals; `path`
   * is then relative to that scenario's record (`nodes[3].kind`), as it would be in a plan of its own.
   */
  readonly scenario?: string;
}

export function formatProblem(problem: PlanProblem): string {
  const where = problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
  return problem.scenario === undefined ? where : `scenario “${problem.scenario}”: ${where}`;
}

/** How many problems a refusal lists; past that the first ones are what a user needs. */
export const MAX_REPORTED_PROBLEMS = 20;

/** Collects problems while a document is validated, and stops caring after the first few. */
export class ProblemList {
  readonly items: PlanProblem[] = [];

  add(path: string, message: string, scenario?: string): void {
    if (this.items.length >= MAX_REPORTED_PROBLEMS) return;
    this.items.push(scenario === undefined ? { path, message } : { path, message, scenario });
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }
}
