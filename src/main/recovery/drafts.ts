/**
 * Drafts: unsaved changes kept in the app's data folder (`<userData>/drafts`),
 * one file per open document, so a crash, a hang or a power cut loses at most
 * about a second of work. At the next start every draft is offered for
 * restore, except one whose plan is the same as its file's (the file was saved
 * with those changes): only that one is removed unasked. Times are never
 * trusted for this (a sync client, `git pull` or a skewed clock changes them).
 * Saving or discarding removes the draft. Drafts hold whole plans, so they are
 * written 0600 in a 0700 folder.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { MAX_PLAN_BYTES } from '@shared/model/limits';
import { decodeUtf8Strict } from '@shared/text/utf8';
import { atomicWriteFile } from '../../node/files/atomic-write';
import { readRegularFile } from '../../node/files/read-regular-file';

export const DRAFT_FORMAT = 'org-planner-draft';
const DRAFT_SUFFIX = '.draft.json';
const DRAFT_ID = /^[0-9a-f]{16,64}$/;
/** A draft holds a plan as a JSON string: escaping can roughly double its size. */
const MAX_DRAFT_BYTES = 2 * MAX_PLAN_BYTES + 64 * 1024;
const FOLDER_MODE = 0o700;
const DRAFT_MODE = 0o600;

async function readText(path: string, maxBytes: number): Promise<string | null> {
  try {
    const decoded = decodeUtf8Strict((await readRegularFile(path, maxBytes)).bytes);
    return decoded.ok ? decoded.text : null;
  } catch {
    return null;
  }
}

/** The core's serialization of a plan text, or null when it is not a plan (or the core fails on it). */
function canonical(text: string): string | null {
  try {
    const parsed = parsePlan(text);
    return parsed.ok ? serializePlan(parsed.plan) : null;
  } catch {
    return null;
  }
}

/** True only when the file on disk holds the same plan as the draft: then the draft has nothing to give back. */
async function sameAsFile(draft: Draft, documentPath: string): Promise<boolean> {
  const onDisk = await readText(documentPath, MAX_PLAN_BYTES);
  if (onDisk === null) return false;
  if (onDisk === draft.text) return true;
  const ours = canonical(draft.text);
  return ours !== null && ours === canonical(onDisk);
}

async function modeOf(path: string): Promise<number | null> {
  return stat(path).then(
    (info) => info.mode & 0o777,
    () => null,
  );
}

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
    await mkdir(this.folder, { recursive: true, mode: FOLDER_MODE });
    // A folder made by an older version (or by hand) is closed too: it is ours alone.
    if ((await modeOf(this.folder)) !== FOLDER_MODE) await chmod(this.folder, FOLDER_MODE);
    const body = JSON.stringify({ format: DRAFT_FORMAT, version: 1, documentPath, savedAt: draft.savedAt, text });
    const path = this.pathOf(id);
    await atomicWriteFile(path, body, { mode: DRAFT_MODE });
    // A replaced draft keeps its old mode; one from an older version may have been 0644.
    if ((await modeOf(path)) !== DRAFT_MODE) await chmod(path, DRAFT_MODE);
    return draft;
  }

  async remove(id: string): Promise<void> {
    await unlink(this.pathOf(id)).catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    });
  }

  async read(id: string): Promise<Draft | null> {
    const text = await readText(this.pathOf(id), MAX_DRAFT_BYTES);
    return text === null ? null : parseDraft(id, text);
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
   * Drafts worth offering: every one whose plan differs from its file's (or
   * whose file is gone or unreadable), and every untitled one. A draft whose
   * plan equals its file's is removed. Drafts in `exclude` (those of documents
   * open in this run) are left alone.
   */
  async listRestorable(exclude: ReadonlySet<string> = new Set()): Promise<Draft[]> {
    const restorable: Draft[] = [];
    for (const draft of await this.list()) {
      if (exclude.has(draft.id)) continue;
      if (draft.documentPath !== null && (await sameAsFile(draft, draft.documentPath))) await this.remove(draft.id);
      else restorable.push(draft);
    }
    return restorable;
  }
}
