/** One plan file for the commands that take exactly one or two: the plan, or its refusal printed to stderr. */
import { formatProblem } from '@shared/model/problems';
import type { Plan } from '@shared/model/types';
import { readPlanFile } from '../node/files/read-plan-file';
import type { CliIo } from './io';
import { terminalText } from './terminal-text';

export async function loadPlanOrReport(path: string, io: CliIo): Promise<Plan | undefined> {
  const loaded = await readPlanFile(path);
  if (loaded.ok) return loaded.plan;
  for (const problem of loaded.problems) io.err(terminalText(`${path}  invalid  ${formatProblem(problem)}`));
  return undefined;
}
