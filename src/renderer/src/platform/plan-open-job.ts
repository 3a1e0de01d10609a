/**
 * One opening of a plan file as both the window and a worker run it: decode the bytes (JSON text, or the
 * plan inside an exported PNG, or a draw.io diagram read into a plan), then parse and validate. Pure, so the worker is a thin shell around it
 * and tests run it directly.
 */
import type { Plan } from '@shared/model/types';
import { looksLikeDrawio, openDrawio } from '@shared/interop/drawio-open';
import { decodePlanFile, parseOpened } from './open-file';

export type PlanOpenInput =
  | { readonly fileName: string | null; readonly bytes: Uint8Array }
  | { readonly fileName: string | null; readonly text: string };

/** What the worker is doing, for the progress line. */
export type PlanOpenStage = 'reading' | 'checking';

export type PlanOpenResult =
  /**
   * `text` only when the input was bytes: the caller already has the text it passed in. `fromDrawio`: the
   * bytes were a draw.io diagram and `text` is the plan's JSON read from it; `notice` when it was not made
   * by Org Planner's export (read best-effort).
   */
  | {
      readonly ok: true;
      readonly plan: Plan;
      readonly text?: string;
      readonly fromDrawio?: boolean;
      readonly notice?: string;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Below this size, parsing takes a few milliseconds: done in the window, where starting a worker and
 * copying the plan back would cost more than it saves.
 */
export const WORKER_THRESHOLD = 512 * 1024;

export function inputSize(input: PlanOpenInput): number {
  return 'bytes' in input ? input.bytes.length : input.text.length;
}

/** A draw.io diagram (recognised by its content): read with the core's draw.io reader, ids kept. */
function openDrawioInput(
  fileName: string | null,
  text: string,
  onStage: (stage: PlanOpenStage) => void,
): PlanOpenResult {
  onStage('checking');
  const opened = openDrawio(text);
  if (!opened.ok) return { ok: false, message: `Could not open “${fileName ?? 'the plan'}”: ${opened.message}` };
  const notice = opened.notice === undefined ? {} : { notice: opened.notice };
  return { ok: true, plan: opened.plan, text: opened.text, fromDrawio: true, ...notice };
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
    if (looksLikeDrawio(text)) return openDrawioInput(input.fileName, text, onStage);
  } else {
    text = input.text;
  }
  onStage('checking');
  const parsed = parseOpened(input.fileName, text);
  if (!parsed.ok) return parsed;
  return 'bytes' in input ? { ok: true, plan: parsed.plan, text } : { ok: true, plan: parsed.plan };
}
