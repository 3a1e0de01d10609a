/**
 * The words of the Restore / Discard / Not Now question. Drafts are offered even
 * when their file changed after them (a sync client, `git pull`), so the question
 * says so: restoring and saving would replace that newer version.
 */
import { stat } from 'node:fs/promises';

export function restoreDraftDetail(savedAt: Date, filePath: string | null, fileChangedSince: boolean): string {
  const kept = `They were kept on ${savedAt.toLocaleString()}${filePath === null ? '' : `\n${filePath}`}.`;
  const newer = fileChangedSince
    ? '\n\nThe file was changed after that, by another program or another copy. Restore opens these changes as unsaved; saving them replaces that version (use Save As to keep both).'
    : '';
  return `${kept}${newer}\n\nRestore them, or discard them for good?`;
}

/** True when `filePath` exists and was modified after the draft was taken. */
export async function changedSince(filePath: string | null, savedAt: Date): Promise<boolean> {
  if (filePath === null) return false;
  return stat(filePath).then(
    (info) => info.mtimeMs > savedAt.getTime(),
    () => false,
  );
}
