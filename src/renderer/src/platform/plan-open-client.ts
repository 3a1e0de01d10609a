/**
 * Opens a plan input in the window when it is small and in a worker otherwise, publishing the stage to
 * the progress overlay and letting the user cancel. Cancelling terminates the worker at once (the work
 * really stops) and settles as `canceled`, so the open plan stays as it was.
 */
import type { Plan } from '@shared/model/types';
import { publishOpening } from './opening-progress';
import type { PlanOpenWorkerMessage } from './plan-open.worker';
import { inputSize, runPlanOpenJob, WORKER_THRESHOLD, type PlanOpenInput, type PlanOpenResult } from './plan-open-job';

export type PlanOpenOutcome =
  { readonly status: 'done'; readonly result: PlanOpenResult } | { readonly status: 'canceled' };

/** True when the input is parsed in the window, synchronously: small files, or no Worker (tests). */
export function opensInline(input: PlanOpenInput): boolean {
  return inputSize(input) < WORKER_THRESHOLD || typeof Worker === 'undefined';
}

function failure(input: PlanOpenInput, detail: string): PlanOpenOutcome {
  const name = input.fileName ?? 'the plan';
  return { status: 'done', result: { ok: false, message: `Could not open “${name}”: ${detail}` } };
}

/**
 * The plan last parsed from a file the browser read, so the document flow that receives its text does not
 * parse it twice. Kept for one hand-over only.
 */
let jobs = 0;

let handedOver: { readonly text: string; readonly plan: Plan } | null = null;

export function handOverParsed(text: string, plan: Plan): void {
  handedOver = { text, plan };
}

export function takeHandedOver(text: string): Plan | undefined {
  const held = handedOver;
  handedOver = null;
  return held !== null && held.text === text ? held.plan : undefined;
}

/**
 * `cancellable: false` when the file is already the window's current file (Electron's main attached it
 * before sending the text): stopping half-way would leave the window saving the old plan over it.
 */
export function openPlanInput(input: PlanOpenInput, cancellable = true): Promise<PlanOpenOutcome> {
  if (opensInline(input)) return Promise.resolve({ status: 'done', result: runPlanOpenJob(input) });
  const worker = new Worker(new URL('./plan-open.worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: PlanOpenOutcome) => void = () => undefined;
  const outcome = new Promise<PlanOpenOutcome>((resolve) => {
    settle = (value) => {
      worker.terminate();
      publishOpening(null);
      settle = () => undefined;
      resolve(value);
    };
  });
  const cancel = cancellable
    ? (): void => {
        settle({ status: 'canceled' });
      }
    : undefined;
  const job = ++jobs;
  publishOpening({ job, fileName: input.fileName, stage: 'reading', cancel });
  worker.onmessage = (event: MessageEvent<PlanOpenWorkerMessage>) => {
    const message = event.data;
    if (message.type === 'stage') publishOpening({ job, fileName: input.fileName, stage: message.stage, cancel });
    else if (message.type === 'done') settle({ status: 'done', result: message.result });
    else settle(failure(input, `an internal error stopped the reading (${message.message})`));
  };
  worker.onerror = (event) => {
    // A worker that runs out of memory on a huge file ends here too: say so rather than hang.
    settle(failure(input, `the file could not be read (${event.message || 'the reader stopped'})`));
  };
  // A copy is posted (structured clone); transferring would detach the caller's buffer.
  worker.postMessage(input);
  return outcome;
}
