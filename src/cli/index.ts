/** The `org-planner` executable: the app's checks without a window, for scripts and CI. */
import { cleanUpOnStopSignals } from '../node/files/stop-signals';
import { exitQuietlyOnClosedPipe, processIo } from './io';
import { runCli } from './main';

exitQuietlyOnClosedPipe();
cleanUpOnStopSignals();

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `org-planner: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
