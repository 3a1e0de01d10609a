/**
 * One plan for the commands that take exactly one or two (a plan, an exported PNG or a draw.io diagram), or
 * `FILE#scenario` for one of a plan's scenarios: the plan, or its refusal printed to stderr.
 */
import { formatProblem } from '@shared/model/problems';
import type { Plan } from '@shared/model/types';
import { readPlanFile } from '../node/files/read-plan-file';
import type { CliIo } from './io';
import { parseScenarioArgument, planOfScenario } from './scenario-argument';
import { terminalText } from './terminal-text';

/** A draw.io diagram not made by our export is read best-effort: say so on stderr, never on stdout. */
export function reportNotice(path: string, loaded: { readonly notice?: string }, io: CliIo): void {
  if (loaded.notice !== undefined) io.err(terminalText(`org-planner: ${path}: ${loaded.notice}`));
}

export async function loadPlanOrReport(argument: string, io: CliIo): Promise<Plan | undefined> {
  const { path, scenario } = parseScenarioArgument(argument);
  const loaded = await readPlanFile(path);
  if (!loaded.ok) {
    for (const problem of loaded.problems) io.err(terminalText(`${path}  invalid  ${formatProblem(problem)}`));
    return undefined;
  }
  reportNotice(path, loaded, io);
  const chosen = planOfScenario(loaded.plan, scenario);
  if (chosen.ok) return chosen.plan;
  io.err(terminalText(`${path}  invalid  ${chosen.message}`));
  return undefined;
}

/**
 * The plan `render` and `export` write out: `FILE` alone is the file's own plan (the as-is), `FILE#scenario` that
 * scenario. A refusal is printed as `org-planner: …` (as their other errors are) and gives undefined.
 */
export async function loadPlanToWrite(argument: string, io: CliIo): Promise<Plan | undefined> {
  const { path, scenario } = parseScenarioArgument(argument);
  const loaded = await readPlanFile(path);
  if (!loaded.ok) {
    io.err(terminalText(`org-planner: ${argument}: ${loaded.error}`));
    return undefined;
  }
  reportNotice(argument, loaded, io);
  const chosen = planOfScenario(loaded.plan, scenario);
  if (chosen.ok) return chosen.plan;
  io.err(terminalText(`org-planner: ${path}: ${chosen.message}`));
  return undefined;
}
