/**
 * Reading a plan file to compare the window's plan with, on both platforms: the user picks the file in the
 * system's file chooser (a file input; Electron shows its native dialog for it, and the page sees the chosen
 * file's bytes, never its path), and the bytes go through exactly File › Open's reading and validation
 * (openPlanInput: JSON or an exported PNG, a worker with Cancel for a large file). The file never becomes the
 * window's file or plan: main is not told, so Save still writes where it did.
 */
import type { Plan } from '@shared/model/types';
import type { Canceled, Failed } from './platform';
import { openPlanInput } from './plan-open-client';
import { pickFile, PLAN_ACCEPT } from './pick-file';

export type ComparedFileResult =
  { readonly status: 'read'; readonly fileName: string; readonly plan: Plan } | Canceled | Failed;

export async function readPlanToCompare(win: Window): Promise<ComparedFileResult> {
  const file = await pickFile(win, PLAN_ACCEPT);
  if (file === null) return { status: 'canceled' };
  const outcome = await openPlanInput({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (outcome.status === 'canceled') return { status: 'canceled' };
  const parsed = outcome.result;
  return parsed.ok
    ? { status: 'read', fileName: file.name, plan: parsed.plan }
    : { status: 'failed', message: parsed.message };
}
