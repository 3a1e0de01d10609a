/**
 * Drafts: unsaved changes kept in the app's data folder (`<userData>/drafts`),
 * one file per open document, so a crash, a hang or a power cut loses at most
 * about a second of work. At the next start, drafts newer than their file are
 * offered for restore; a draft older than its file (the file was saved since)
 * is stale and removed. Saving or discarding removes the draft.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_PLAN_BYTES } from '@shared/model/types';
import { atomicWriteFile } from '../../node/files/atomic-write';

export const DRAFT_FORMAT = 'org-planner-draft';
const DRAFT_SUFFIX = '.draft.json';
const DRAFT_ID = /^[0-9a-f]{16,64}$/;
/** A draft holds a plan as a JSON string: escaping can roughly double its size. */
const MAX_DRAFT_BYTES = 2 * MAX_PLAN_BYTES + 64 * 1024;

export interface Draft {
  readonly id: string;
  /** The file the plan came from; null for a plan never saved. */
  readonly documentPath: string | null;
  /** When the draft was taken (ms since the epoch). */
  readonly savedAt: number;
  readonly text: string;
}

export function newDraftId(): string {
  return randomBytes(12).toString('hex');
}

export function isDraftId(id: string): boolean {
  return DRAFT_ID.test(id);
}

function parseDraft(id: string, raw: string): Draft | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.format !== DRAFT_FORMAT || r.version !== 1) return null;
  if (typeof r.text !== 'string' || typeof r.savedAt !== 'number' || !Number.isFinite(r.savedAt)) return null;
  if (r.documentPath !== null && typeof r.documentPath !== 'string') return null;
  return { id, documentPath: r.documentPath, savedAt: r.savedAt, text: r.text };
}

export class DraftStore {
  constructor(
    readonly folder: string,
    private readonly now: () => number = Date.now,
  ) {}

  private pathOf(id: string): string {
    if (!isDraftId(id)) throw new Error(`not a draft id: ${id}`);
    return join(this.folder, `${id}${DRAFT_SUFFIX}`);
  }

  async write(id: string, documentPath: string | null, text: string): Promise<Draft> {
    const draft: Draft = { id, documentPath, savedAt: this.now(), text };
    await mkdir(this.folder, { recursive: true });
    const body = JSON.stringify({ format: DRAFT_FORMAT, version: 1, documentPath, savedAt: draft.savedAt, text });
    await atomicWriteFile(this.pathOf(id), body);
    return draft;
  }

  async remove(id: string): Promise<void> {
    await unlink(this.pathOf(id)).catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    });
  }

  async read(id: string): Promise<Draft | null> {
    const path = this.pathOf(id);
    try {
      if ((await stat(path)).size > MAX_DRAFT_BYTES) return null;
      return parseDraft(id, await readFile(path, 'utf8'));
    } catch {
      return null;
    }
  }

  /** Every readable draft, newest first. */
  async list(): Promise<Draft[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const ids = names.filter((n) => n.endsWith(DRAFT_SUFFIX)).map((n) => n.slice(0, -DRAFT_SUFFIX.length));
    const drafts = await Promise.all(ids.filter(isDraftId).map((id) => this.read(id)));
    return drafts.filter((d): d is Draft => d !== null).sort((a, b) => b.savedAt - a.savedAt);
  }

  /**
   * Drafts worth offering: untitled ones, and those newer than their file (or
   * whose file is gone). Drafts older than their file are removed. Drafts in
   * `exclude` (those of documents open in this run) are left alone.
   */
  async listRestorable(exclude: ReadonlySet<string> = new Set()): Promise<Draft[]> {
    const restorable: Draft[] = [];
    for (const draft of await this.list()) {
      if (exclude.has(draft.id)) continue;
      if (draft.documentPath === null) {
        restorable.push(draft);
        continue;
      }
      const fileMtime = await stat(draft.documentPath).then(
        (info) => info.mtimeMs,
        () => null,
      );
      if (fileMtime === null || draft.savedAt > fileMtime) restorable.push(draft);
      else await this.remove(draft.id);
    }
    return restorable;
  }
}
