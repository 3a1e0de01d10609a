/**
 * The entry of the worker thread that checks opened plan files for the app (built to
 * out/main/parse-plan-thread.js): one message of bytes in, one PlanFromBytes out.
 */
import { parentPort } from 'node:worker_threads';
import { planFromBytes } from './plan-from-bytes';

parentPort?.on('message', (bytes: Uint8Array) => {
  parentPort?.postMessage(planFromBytes(bytes));
});
