import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addRecentFile, pruneMissingFiles, RecentFiles } from '../../../src/main/settings/recent-files';
import { Settings } from '../../../src/main/settings/settings';
import { memoryBackend } from '../../../src/main/settings/backend';
import { tempFolder } from '../support/fakes';

let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await tempFolder('org-planner-recent-');
});
afterEach(async () => {
  await folder.remove();
});

describe('recent files', () => {
  it('puts the latest first, without duplicates, and keeps at most ten', () => {
    let list: string[] = [];
    for (let i = 1; i <= 12; i++) list = addRecentFile(list, `/plans/${i}.orgplan.json`);
    list = addRecentFile(list, '/plans/5.orgplan.json');
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/plans/5.orgplan.json');
    expect(list.filter((p) => p === '/plans/5.orgplan.json')).toHaveLength(1);
    expect(list).not.toContain('/plans/1.orgplan.json');
  });

  it('prunes files that no longer exist, on disk for real', async () => {
    const kept = join(folder.path, 'kept.orgplan.json');
    await writeFile(kept, '{}');
    expect(await pruneMissingFiles([join(folder.path, 'gone.orgplan.json'), kept, folder.path])).toEqual([kept]);
  });

  it('stores the pruned list, can be cleared, and keeps the OS list and the menu in step', async () => {
    const settings = new Settings(memoryBackend());
    const os = { added: [] as string[], cleared: 0 };
    let changes = 0;
    const recent = new RecentFiles(
      settings,
      () => {
        changes++;
      },
      {
        addRecentDocument: (path) => os.added.push(path),
        clearRecentDocuments: () => {
          os.cleared++;
        },
      },
    );
    const kept = join(folder.path, 'kept.orgplan.json');
    await writeFile(kept, '{}');
    recent.add(join(folder.path, 'gone.orgplan.json'));
    recent.add(kept);
    expect(recent.list()).toEqual([kept, join(folder.path, 'gone.orgplan.json')]);
    expect(await recent.pruned()).toEqual([kept]);
    expect(settings.getRecentFiles()).toEqual([kept]);
    expect(os.added).toHaveLength(2);
    recent.clear();
    expect(recent.list()).toEqual([]);
    expect(os.cleared).toBe(1);
    expect(changes).toBe(3);
  });
});
