/**
 * Temporary files that exist only while a write is under way. A command line
 * run stopped with Ctrl-C (SIGINT) or `kill` (SIGTERM) removes them before it
 * ends, then ends the way the signal would have; a SIGKILL cannot be caught,
 * so the next write to the same folder sweeps what it left (atomic-write.ts).
 */
import { unlinkSync } from 'node:fs';

const liveTempFiles = new Set<string>();

export function trackTempFile(path: string): void {
  liveTempFiles.add(path);
}

export function untrackTempFile(path: string): void {
  liveTempFiles.delete(path);
}

/** Removes every temporary file still being written; synchronous, as a signal handler must finish before exit. */
export function removeLiveTempFiles(): void {
  for (const path of liveTempFiles) {
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
  liveTempFiles.clear();
}

/** The parts of `process` the handler uses, so tests can send signals without ending the test runner. */
export interface SignalTarget {
  readonly pid: number;
  once(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  kill(pid: number, signal: NodeJS.Signals): unknown;
}

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Once per process (the CLI): on SIGINT or SIGTERM remove the live temporary
 * files, then raise the signal again with no handler left, so the exit status
 * is the usual 130 or 143.
 */
export function cleanUpOnStopSignals(target: SignalTarget = process): void {
  for (const signal of STOP_SIGNALS) {
    target.once(signal, (received) => {
      removeLiveTempFiles();
      target.kill(target.pid, received);
    });
  }
}
