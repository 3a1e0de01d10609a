/**
 * One opening of a plan file as both the window and a worker run it: decode the bytes (JSON text, or the
 * plan inside an exported PNG), then parse and validate. Pure, so the worker is a thin shell around it
 * and tests run it directly.
 */
import type { Plan } from '@shared/model/types';
import { decodePlanFile, parseOpened } from './open-file';

export type PlanOpenInput =
  | { readonly fileName: string | null; readonly bytes: Uint8Array }
  | { readonly fileName: string | null; readonly text: string };

/** What the worker is doing, for the progress line. */
export type PlanOpenStage = 'reading' | 'checking';

export type PlanOpenResult =
  /** `text` only when the input was bytes: the caller already has the text it passed in. */
  { readonly ok: true; readonly plan: Plan; readonly text?: string } | { readonly ok: false; readonly message: string };

/**
 * Below this size, parsing takes a few milliseconds: done in the window, where starting a worker and
 * copying the plan back would cost more than it saves.
 */
export const WORKER_THRESHOLD = 512 * 1024;

export function inputSize(input: PlanOpenInput): number {
  return 'bytes' in input ? input.bytes.length : input.text.length;
}

export function runPlanOpenJob(
  input: PlanOpenInput,
  onStage: (stage: PlanOpenStage) => void = () => undefined,
): PlanOpenResult {
  let text: string;
  if ('bytes' in input) {
    onStage('reading');
    const decoded = decodePlanFile(input.fileName ?? 'the plan', input.bytes);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  } else {
    text = input.text;
  }
  onStage('checking');
  const parsed = parseOpened(input.fileName, text);
  if (!parsed.ok) return parsed;
  return 'bytes' in input ? { ok: true, plan: parsed.plan, text } : { ok: true, plan: parsed.plan };
}
