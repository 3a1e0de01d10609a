/**
 * The CSV importer off the main thread: a 10 MB export takes seconds to decode, parse and
 * lay out, and the window must stay responsive (and cancellable) meanwhile. One job per
 * worker; Cancel terminates the worker, so nothing half-done ever reaches the plan.
 */
import type { CsvProgress } from '@shared/csv/import-csv';
import { runCsvJob, type CsvJob, type CsvJobResult } from './csv-import-job';

export type CsvWorkerMessage =
  | { readonly type: 'progress'; readonly progress: CsvProgress }
  | { readonly type: 'done'; readonly result: CsvJobResult }
  | { readonly type: 'failed'; readonly message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<CsvJob>) => void) | null;
  postMessage(message: CsvWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    const result = runCsvJob(event.data, (progress) => {
      scope.postMessage({ type: 'progress', progress });
    });
    scope.postMessage({ type: 'done', result });
  } catch (error) {
    // The importer does not throw on any input; this is a bug, reported rather than hanging the dialog.
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
