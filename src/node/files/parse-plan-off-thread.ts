/**
 * planFromBytes in a worker thread: Electron's main process runs on the thread that handles every window's
 * input, so checking a 47 MB image there froze the whole app. One short-lived worker per file; if the
 * worker cannot run (or dies, e.g. out of memory), the file is refused with that reason, never the app.
 */
import { Worker } from 'node:worker_threads';
import { refusal, type PlanBytesParser, type PlanFromBytes } from './plan-from-bytes';

export function parsePlanOffThread(workerPath: string): PlanBytesParser {
  return (bytes) =>
    new Promise<PlanFromBytes>((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(workerPath);
      } catch (error) {
        resolve(refusal('invalid', `the plan checker could not start (${String(error)})`));
        return;
      }
      let settled = false;
      const settle = (result: PlanFromBytes): void => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        resolve(result);
      };
      worker.once('message', (result: PlanFromBytes) => {
        settle(result);
      });
      worker.once('error', (error) => {
        settle(refusal('invalid', `the file could not be checked (${error.message})`));
      });
      worker.once('exit', (code) => {
        settle(refusal('invalid', `the plan checker stopped unexpectedly (exit code ${code})`));
      });
      // Copied, not transferred: the bytes may sit in a buffer shared with others (Node's Buffer pool).
      worker.postMessage(bytes);
    });
}
