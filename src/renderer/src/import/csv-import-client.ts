/**
 * Starts a CSV job in its own worker and gives back its result and a way to stop it.
 * Cancelling terminates the worker at once (the work really stops) and the result
 * settles as `canceled`, so callers never apply a half-finished import.
 */
import type { CsvProgress } from '@shared/csv/import-csv';
import type { CsvJob, CsvJobResult } from './csv-import-job';
import type { CsvWorkerMessage } from './csv-import.worker';

export type CsvJobOutcome =
  | { readonly status: 'done'; readonly result: CsvJobResult }
  | { readonly status: 'canceled' }
  | { readonly status: 'failed'; readonly message: string };

export interface RunningCsvJob {
  readonly outcome: Promise<CsvJobOutcome>;
  cancel(): void;
}

export function startCsvJob(job: CsvJob, onProgress: (progress: CsvProgress) => void): RunningCsvJob {
  const worker = new Worker(new URL('./csv-import.worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: CsvJobOutcome) => void = () => undefined;
  const outcome = new Promise<CsvJobOutcome>((resolve) => {
    settle = (value) => {
      worker.terminate();
      resolve(value);
    };
  });
  worker.onmessage = (event: MessageEvent<CsvWorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.progress);
    else if (message.type === 'done') settle({ status: 'done', result: message.result });
    else settle({ status: 'failed', message: message.message });
  };
  worker.onerror = (event) => {
    settle({ status: 'failed', message: event.message || 'the import worker could not start' });
  };
  // A copy is posted: the dialog keeps its bytes for the next run (other columns, encoding or separator).
  worker.postMessage(job);
  return {
    outcome,
    cancel: () => {
      settle({ status: 'canceled' });
    },
  };
}
