/**
 * Reads and validates a plan file from disk: regular files only, never more
 * than MAX_PLAN_BYTES read, strict UTF-8 (a bad byte is refused with its
 * offset, so a later Save cannot replace the original bytes with U+FFFD).
 * Shared by the app's Open and the CLI's check; no Electron here. A PNG
 * exported by the app is read too: the plan travels inside it, as draw.io
 * does with its XML. Never throws: every failure is a refusal with a message.
 */
import { MAX_PLAN_BYTES } from '@shared/model/limits';
import { planFromBytes, refusal, type PlanBytesParser, type PlanFromBytes } from './plan-from-bytes';
import { FileRefusedError, describeFileError, readRegularFile, type RegularFile } from './read-regular-file';

export type ReadPlanResult =
  (Extract<PlanFromBytes, { ok: true }> & { mtimeMs: number; size: number }) | Extract<PlanFromBytes, { ok: false }>;

/**
 * Reads `path` (regular files only, capped) and turns its bytes into a plan with `parse`: in the calling
 * thread by default (the CLI), in a worker thread in the app (parse-plan-off-thread.ts), so a 47 MB image
 * does not freeze every window while it is checked.
 */
export async function readPlanFile(path: string, parse: PlanBytesParser = planFromBytes): Promise<ReadPlanResult> {
  let file: RegularFile;
  try {
    file = await readRegularFile(path, MAX_PLAN_BYTES);
  } catch (error) {
    if (error instanceof FileRefusedError && error.code === 'too-large') return refusal('invalid', error.message);
    return refusal('unreadable', `cannot read the file: ${describeFileError(error)}`);
  }
  const parsed = await parse(file.bytes);
  if (!parsed.ok) return parsed;
  return { ...parsed, mtimeMs: file.mtimeMs, size: file.size };
}
