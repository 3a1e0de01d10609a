/**
 * Opening a large plan off the main thread: a 47 MB PNG with 750,000 people took ~90 s of frozen window.
 * One job per worker; Cancel terminates the worker, so a half-read plan never reaches the editor.
 */
import { runPlanOpenJob, type PlanOpenInput, type PlanOpenResult, type PlanOpenStage } from './plan-open-job';

export type PlanOpenWorkerMessage =
  | { readonly type: 'stage'; readonly stage: PlanOpenStage }
  | { readonly type: 'done'; readonly result: PlanOpenResult }
  | { readonly type: 'failed'; readonly message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<PlanOpenInput>) => void) | null;
  postMessage(message: PlanOpenWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    const result = runPlanOpenJob(event.data, (stage) => {
      scope.postMessage({ type: 'stage', stage });
    });
    scope.postMessage({ type: 'done', result });
  } catch (error) {
    // The loader does not throw on any input; this would be a bug, reported rather than hanging the window.
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
