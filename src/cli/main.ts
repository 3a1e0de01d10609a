/** Dispatches a parsed command; usage mistakes print the usage and exit 2 (cli.md). */
import { version } from '../../package.json';
import { USAGE, UsageError, parseArgs, type Command } from './args';
import { runCheck } from './check-command';
import { runImportCsv } from './import-csv-command';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { runDiff } from './diff-command';
import { runRender } from './render-command';
import { runStats } from './stats-command';
import { runRules } from './rules-command';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`org-planner: ${error.message}\n\n${USAGE}`);
    return EXIT_INVALID;
  }
  switch (command.kind) {
    case 'help':
      io.out(USAGE);
      return EXIT_OK;
    case 'version':
      io.out(version);
      return EXIT_OK;
    case 'check':
      return runCheck(command, io);
    case 'rules':
      return runRules(command, io);
    case 'import-csv':
      return runImportCsv(command, io);
    case 'render':
      return runRender(command, io);
    case 'diff':
      return runDiff(command, io);
    case 'stats':
      return runStats(command, io);
  }
}
