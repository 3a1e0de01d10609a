/**
 * Timing helpers: medians of several runs after warm-up runs, so one GC pause
 * does not decide a figure. We do not force a GC between runs: V8 then
 * discards optimised code ("weak objects" deopts) and every run would measure
 * a cold start instead of the steady state a user's edits see.
 */
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function timeMedian(runs: number, work: () => unknown): number {
  work(); // warm-up: lets the JIT compile before we measure
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}
