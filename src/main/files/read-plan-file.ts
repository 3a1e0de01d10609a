/**
 * Reads and validates a plan file from disk: the size cap is checked before
 * reading, so a huge file is refused without loading it. Shared by the app's
 * Open and the CLI's check; no Electron here.
 */
import { readFile, stat } from 'node:fs/promises';
import { parsePlan } from '@shared/format/parse';
import { formatProblem, type PlanProblem } from '@shared/model/problems';
import { MAX_PLAN_BYTES, type Plan } from '@shared/model/types';

export type ReadPlanResult =
  | { ok: true; plan: Plan; text: string; mtimeMs: number; size: number }
  | { ok: false; reason: 'unreadable' | 'invalid'; error: string; problems: PlanProblem[] };

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = String(error.code);
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder, not a file';
    return error instanceof Error ? error.message : code;
  }
  return String(error);
}

export async function readPlanFile(path: string): Promise<ReadPlanResult> {
  let text: string;
  let info;
  try {
    info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (info.size > MAX_PLAN_BYTES) {
      const problem = { path: '', message: `the file is larger than ${MAX_PLAN_BYTES / 1024 / 1024} MiB` };
      return { ok: false, reason: 'invalid', error: formatProblem(problem), problems: [problem] };
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    const message = `cannot read the file: ${describe(error)}`;
    return { ok: false, reason: 'unreadable', error: message, problems: [{ path: '', message }] };
  }
  const result = parsePlan(text);
  if (!result.ok) {
    return {
      ok: false,
      reason: 'invalid',
      error: result.errors.map(formatProblem).join('; '),
      problems: result.errors,
    };
  }
  return { ok: true, plan: result.plan, text, mtimeMs: info.mtimeMs, size: info.size };
}
