import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedSince, restoreDraftDetail } from '../../../src/main/recovery/restore-message';
import { tempFolder } from '../support/fakes';

let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

describe('the restore question', () => {
  it('says when the file changed after the draft was kept, since such drafts are now offered too', async () => {
    const file = join(folder.path, 'plan.orgplan.json');
    await writeFile(file, '{}');
    const draftTime = new Date('2025-01-01T12:00:00Z');
    await utimes(file, new Date('2025-01-02T12:00:00Z'), new Date('2025-01-02T12:00:00Z'));
    expect(await changedSince(file, draftTime)).toBe(true);
    expect(await changedSince(file, new Date('2025-01-03T12:00:00Z'))).toBe(false);
    expect(await changedSince(join(folder.path, 'gone.json'), draftTime)).toBe(false);
    expect(await changedSince(null, draftTime)).toBe(false);
    expect(restoreDraftDetail(draftTime, file, true)).toContain('The file was changed after that');
    expect(restoreDraftDetail(draftTime, file, false)).not.toContain('changed');
    expect(restoreDraftDetail(draftTime, null, false)).toMatch(/\.\n\nRestore them, or discard them for good\?$/);
  });
});
