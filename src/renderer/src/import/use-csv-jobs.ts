/**
 * The import dialog's jobs: a preview whenever the file or the choices change, and the
 * final import on demand, each in a worker. A newer job cancels an older one; closing the
 * dialog cancels whatever runs. Progress shows only for work that takes a noticeable time.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CsvProgress } from '@shared/csv/import-csv';
import { startCsvJob, type CsvJobOutcome, type RunningCsvJob } from './csv-import-client';
import type { CsvJob, CsvJobResult } from './csv-import-job';

/** Work shorter than this shows no progress bar: it would only flicker. */
const PROGRESS_DELAY_MS = 200;

export interface CsvJobsState {
  /** The latest finished preview (kept while a newer one runs, so the controls stay put). */
  readonly preview: CsvJobResult | null;
  /** True while the preview shown is not the one for the current choices. */
  readonly stale: boolean;
  /** What runs now, once it has run long enough to be worth a bar. */
  readonly progress: CsvProgress | null;
  readonly running: 'preview' | 'import' | null;
  /** An unexpected failure of the worker itself. */
  readonly failure: string | null;
}

/** `previewJob` must be memoised by the caller: a new object starts a new preview. */
export function useCsvJobs(previewJob: CsvJob): CsvJobsState & {
  runImport(job: CsvJob): Promise<CsvJobOutcome>;
  cancel(): void;
} {
  const [preview, setPreview] = useState<{ job: CsvJob; result: CsvJobResult } | null>(null);
  const [progress, setProgress] = useState<CsvProgress | null>(null);
  const [importRunning, setImportRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const current = useRef<RunningCsvJob | null>(null);
  // A preview asked for while the import runs waits for it: starting it would cancel the import.
  const importing = useRef(false);
  const waitingPreview = useRef<CsvJob | null>(null);

  // No state is set synchronously here: the preview starts from an effect.
  const start = useCallback((job: CsvJob): Promise<CsvJobOutcome> => {
    current.current?.cancel();
    let latest: CsvProgress = { stage: 'decoding', fraction: 0 };
    let shown = false;
    const timer = setTimeout(() => {
      shown = true;
      setProgress(latest);
    }, PROGRESS_DELAY_MS);
    const started = startCsvJob(job, (update) => {
      latest = update;
      if (shown) setProgress(update);
    });
    current.current = started;
    return started.outcome.then((outcome) => {
      clearTimeout(timer);
      // A job replaced by a newer one leaves the state to that one.
      if (current.current !== started) return outcome;
      current.current = null;
      setImportRunning(false);
      setProgress(null);
      setFailure(outcome.status === 'failed' ? outcome.message : null);
      return outcome;
    });
  }, []);

  const startPreview = useCallback(
    (job: CsvJob): void => {
      if (importing.current) {
        waitingPreview.current = job;
        return;
      }
      void start(job).then((outcome) => {
        if (outcome.status === 'done') setPreview({ job, result: outcome.result });
      });
    },
    [start],
  );

  // `previewJob` is memoised by the dialog: a new object means new choices.
  useEffect(() => {
    startPreview(previewJob);
  }, [startPreview, previewJob]);

  // Closing the dialog stops the work: nothing half-done reaches the plan.
  useEffect(
    () => () => {
      current.current?.cancel();
    },
    [],
  );

  const stale = preview?.job !== previewJob;
  return {
    preview: preview?.result ?? null,
    stale,
    progress,
    running: importRunning ? 'import' : stale ? 'preview' : null,
    failure,
    runImport: async (job) => {
      setImportRunning(true);
      importing.current = true;
      const outcome = await start(job);
      importing.current = false;
      const waiting = waitingPreview.current;
      waitingPreview.current = null;
      if (waiting !== null) startPreview(waiting);
      return outcome;
    },
    cancel: () => {
      current.current?.cancel();
    },
  };
}
