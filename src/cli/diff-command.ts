/** `org-planner diff`: what a proposed plan changes against the current one (docs/cli.md). */
import { diffPlans } from '@shared/diff/diff-plans';
import type { DiffCommand } from './args';
import { diffAsMarkdown, diffAsText } from './diff-report';
import { EXIT_INVALID, EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io';
import { loadPlanOrReport } from './load-plan-or-report';
import { terminalText } from './terminal-text';

export async function runDiff(command: DiffCommand, io: CliIo): Promise<number> {
  const before = await loadPlanOrReport(command.before, io);
  const after = await loadPlanOrReport(command.after, io);
  if (before === undefined || after === undefined) return EXIT_INVALID;
  const diff = diffPlans(before, after, { matchBy: command.match });
  const sides = { before, after, beforePath: command.before, afterPath: command.after };
  if (command.format === 'json') {
    io.out(JSON.stringify({ files: { before: command.before, after: command.after }, ...diff }, null, 2));
  } else if (command.format === 'markdown') {
    io.out(diffAsMarkdown(diff, sides).join('\n'));
  } else {
    // Names come from the files: escaped like every other text output (terminal-text.ts).
    for (const line of diffAsText(diff, sides)) io.out(terminalText(line));
  }
  const newErrors = diff.problems.introduced.filter((v) => v.severity === 'error').length;
  return command.failOnNewErrors && newErrors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
