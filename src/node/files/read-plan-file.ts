/**
 * Reads and validates a plan file from disk: the size cap is checked before
 * reading, so a huge file is refused without loading it. Shared by the app's
 * Open and the CLI's check; no Electron here. A PNG exported by the app is
 * read too: the plan travels inside it, as draw.io does with its XML.
 */
import { readFile, stat } from 'node:fs/promises';
import { parsePlan } from '@shared/format/parse';
import { formatProblem, type PlanProblem } from '@shared/model/problems';
import { MAX_PLAN_BYTES, type Plan } from '@shared/model/types';
import { PLAN_KEYWORD, isPng, readTextChunk } from '@shared/png/chunks';

export type ReadPlanResult =
  /** `fromImage`: the plan came out of a PNG exported by Org Planner (its `org-planner` iTXt chunk). */
  | { ok: true; plan: Plan; text: string; mtimeMs: number; size: number; fromImage: boolean }
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
  let bytes: Buffer;
  let info;
  try {
    info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (info.size > MAX_PLAN_BYTES) {
      const problem = { path: '', message: `the file is larger than ${MAX_PLAN_BYTES / 1024 / 1024} MiB` };
      return { ok: false, reason: 'invalid', error: formatProblem(problem), problems: [problem] };
    }
    bytes = await readFile(path);
  } catch (error) {
    const message = `cannot read the file: ${describe(error)}`;
    return { ok: false, reason: 'unreadable', error: message, problems: [{ path: '', message }] };
  }
  const fromImage = isPng(bytes);
  const text = fromImage ? readTextChunk(bytes, PLAN_KEYWORD) : bytes.toString('utf8');
  if (text === undefined) {
    const problem = {
      path: '',
      message: 'this PNG holds no plan; only images exported by Org Planner (File › Export PNG) carry one',
    };
    return { ok: false, reason: 'invalid', error: problem.message, problems: [problem] };
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
  return { ok: true, plan: result.plan, text, mtimeMs: info.mtimeMs, size: info.size, fromImage };
}
