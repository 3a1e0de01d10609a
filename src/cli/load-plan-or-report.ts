/**
 * One plan for the commands that take exactly one or two (`diff`, `stats`): a file, or `FILE#scenario` for one of
 * its scenarios; the plan, or its refusal printed to stderr.
 */
import { formatProblem } from '@shared/model/problems';
import type { Plan } from '@shared/model/types';
import { readPlanFile } from '../node/files/read-plan-file';
import type { CliIo } from './io';
import { parseScenarioArgument, planOfScenario } from './scenario-argument';
import { terminalText } from './terminal-text';

export async function loadPlanOrReport(argument: string, io: CliIo): Promise<Plan | undefined> {
  const { path, scenario } = parseScenarioArgument(argument);
  const loaded = await readPlanFile(path);
  if (!loaded.ok) {
    for (const problem of loaded.problems) io.err(terminalText(`${path}  invalid  ${formatProblem(problem)}`));
    return undefined;
  }
  const chosen = planOfScenario(loaded.plan, scenario);
  if (chosen.ok) return chosen.plan;
  io.err(terminalText(`${path}  invalid  ${chosen.message}`));
  return undefined;
}
