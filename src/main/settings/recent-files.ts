/**
 * Open Recent: at most ten files, most recent first, files that no longer
 * exist pruned whenever the list is shown, and a Clear command. The OS's own
 * recent documents (macOS Dock, Windows jump list) are kept in step.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_RECENT_FILES } from './schema';
import type { Settings } from './settings';

export function addRecentFile(list: readonly string[], filePath: string, max = MAX_RECENT_FILES): string[] {
  const path = resolve(filePath);
  return [path, ...list.filter((item) => item !== path)].slice(0, max);
}

export function removeRecentFile(list: readonly string[], filePath: string): string[] {
  const path = resolve(filePath);
  return list.filter((item) => item !== path);
}

export async function isExistingFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function pruneMissingFiles(
  list: readonly string[],
  exists: (path: string) => Promise<boolean> = isExistingFile,
): Promise<string[]> {
  const present = await Promise.all(list.map(exists));
  return list.filter((_, index) => present[index] === true);
}

/** What the OS offers for its own recent-documents lists (Electron's `app`). */
export interface OsRecentDocuments {
  addRecentDocument(path: string): void;
  clearRecentDocuments(): void;
}

export class RecentFiles {
  constructor(
    private readonly settings: Settings,
    private readonly onChange: () => void = () => undefined,
    private readonly os?: OsRecentDocuments,
  ) {}

  /** The stored list, without touching the disk. */
  list(): string[] {
    return this.settings.getRecentFiles();
  }

  /** The list with missing files removed (and the stored list updated when some were). */
  async pruned(): Promise<string[]> {
    const list = this.list();
    const kept = await pruneMissingFiles(list);
    if (kept.length !== list.length) this.settings.setRecentFiles(kept);
    return kept;
  }

  add(filePath: string): void {
    this.settings.setRecentFiles(addRecentFile(this.list(), filePath));
    this.os?.addRecentDocument(resolve(filePath));
    this.onChange();
  }

  remove(filePath: string): void {
    const list = this.list();
    const next = removeRecentFile(list, filePath);
    if (next.length === list.length) return;
    this.settings.setRecentFiles(next);
    this.onChange();
  }

  has(filePath: string): boolean {
    return this.list().includes(resolve(filePath));
  }

  clear(): void {
    this.settings.setRecentFiles([]);
    this.os?.clearRecentDocuments();
    this.onChange();
  }
}
