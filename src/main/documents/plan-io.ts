/**
 * The file side of Save: what may be written (only a plan the core parses
 * and serializes back to a plan), whether the file changed on disk since it
 * was read, and the atomic write that keeps a backup until the rename.
 */
import { stat } from 'node:fs/promises';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { formatProblem } from '@shared/model/problems';
import type { Plan } from '@shared/model/types';
import { atomicWriteFile, type AtomicWriteOptions } from '../../node/files/atomic-write';
import type { FileStamp } from './session';

export type PreparedPlan = { ok: true; plan: Plan; output: string } | { ok: false; message: string };

function describeInternal(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The core's deterministic serialization of `text`, or why it cannot be written. Never throws. */
export function preparePlanForSave(text: string): PreparedPlan {
  try {
    return prepare(text);
  } catch (error) {
    // A defect in the core on hostile input is a refusal with a message, never a failed IPC call.
    return { ok: false, message: `the plan could not be read (internal error: ${describeInternal(error)})` };
  }
}

function prepare(text: string): PreparedPlan {
  const parsed = parsePlan(text);
  if (!parsed.ok) return { ok: false, message: parsed.errors.slice(0, 5).map(formatProblem).join('\n') };
  let output: string;
  try {
    output = serializePlan(parsed.plan);
  } catch (error) {
    return { ok: false, message: `the plan cannot be serialized: ${String(error)}` };
  }
  // What is written must open again: never put a file on disk that Open would refuse.
  const again = parsePlan(output);
  if (!again.ok)
    return { ok: false, message: `the serialized plan does not load: ${again.errors.map(formatProblem).join('; ')}` };
  return { ok: true, plan: parsed.plan, output };
}

export async function readStamp(path: string): Promise<FileStamp | null> {
  try {
    const info = await stat(path);
    return { mtimeMs: info.mtimeMs, size: info.size };
  } catch {
    return null;
  }
}

/** True when the file exists and its modification time or size differ from what was recorded. */
export async function changedOnDisk(path: string, recorded: FileStamp): Promise<boolean> {
  const now = await readStamp(path);
  return now !== null && (now.mtimeMs !== recorded.mtimeMs || now.size !== recorded.size);
}

/** Atomic write with a backup of the previous version until the new one is in place; returns the new stamp. */
export async function writePlanFile(
  path: string,
  output: string,
  hooks?: AtomicWriteOptions['hooks'],
): Promise<FileStamp> {
  await atomicWriteFile(path, output, hooks === undefined ? { backup: true } : { backup: true, hooks });
  const stamp = await readStamp(path);
  if (stamp === null) throw new Error(`${path} is missing after the save`);
  return stamp;
}
