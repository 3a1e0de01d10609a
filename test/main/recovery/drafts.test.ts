import { chmod, mkdir, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftKeeper, DRAFT_DELAY_MS } from '../../../src/main/recovery/draft-keeper';
import { DraftStore, newDraftId } from '../../../src/main/recovery/drafts';
import { offerDrafts, type RestoreAnswer } from '../../../src/main/recovery/restore-flow';
import { AppWindow } from '../../../src/main/window/app-window';
import { FakeHandle, FakeRecent, FakeUi, planText, tempFolder } from '../support/fakes';

let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  vi.useRealTimers();
  await folder.remove();
});

describe('DraftStore', () => {
  it('writes, reads back and removes a draft', async () => {
    const store = new DraftStore(join(folder.path, 'drafts'), () => 1234);
    const id = newDraftId();
    await store.write(id, '/plans/a.orgplan.json', planText('A'));
    expect(await store.list()).toEqual([
      { id, documentPath: '/plans/a.orgplan.json', savedAt: 1234, text: planText('A') },
    ]);
    await store.remove(id);
    expect(await store.list()).toEqual([]);
    await store.remove(id); // already gone: fine
  });

  it('offers drafts that differ from their file, of untitled plans and of deleted files; removes only those equal to their file', async () => {
    const drafts = join(folder.path, 'drafts');
    const file = join(folder.path, 'plan.orgplan.json');
    await writeFile(file, planText('Plan'));
    const fileTime = new Date('2025-01-01T12:00:00Z');
    await utimes(file, fileTime, fileTime);

    const newer = new DraftStore(drafts, () => fileTime.getTime() + 60_000);
    const older = new DraftStore(drafts, () => fileTime.getTime() - 60_000);
    const [fresh, saved, untitled, orphan] = [newDraftId(), newDraftId(), newDraftId(), newDraftId()];
    await newer.write(fresh, file, planText('Fresh'));
    await newer.write(saved, file, planText('Plan'));
    await older.write(untitled, null, planText('Untitled'));
    await older.write(orphan, join(folder.path, 'deleted.orgplan.json'), planText('Orphan'));

    const offered = await newer.listRestorable();
    expect(offered.map((d) => d.id).sort()).toEqual([fresh, untitled, orphan].sort());
    expect((await readdir(drafts)).length).toBe(3);
    expect((await newer.listRestorable(new Set([fresh]))).map((d) => d.id)).not.toContain(fresh);
  });

  it('never deletes an unseen draft because its file is newer (sync client, git pull, clock skew): it is offered', async () => {
    const drafts = join(folder.path, 'drafts');
    const file = join(folder.path, 'plan.orgplan.json');
    const store = new DraftStore(drafts, () => Date.parse('2025-01-01T12:00:00Z'));
    const id = newDraftId();
    await store.write(id, file, planText('Plan', ['Ada', 'Grace']));
    await writeFile(file, planText('Plan')); // touched later, without the draft's changes
    expect((await store.listRestorable()).map((d) => d.id)).toEqual([id]);
    expect(await readdir(drafts)).toEqual([`${id}.draft.json`]);
  });

  it('removes a draft whose plan equals the file, even when it is newer than the file', async () => {
    const drafts = join(folder.path, 'drafts');
    const file = join(folder.path, 'plan.orgplan.json');
    await writeFile(file, planText('Plan'));
    const store = new DraftStore(drafts, () => Date.now() + 3_600_000);
    await store.write(newDraftId(), file, planText('Plan'));
    expect(await store.listRestorable()).toEqual([]);
    expect(await readdir(drafts)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('writes drafts 0600 in a 0700 folder', async () => {
    const drafts = join(folder.path, 'drafts');
    await mkdir(drafts, { mode: 0o755 });
    await chmod(drafts, 0o755);
    const store = new DraftStore(drafts);
    const id = newDraftId();
    await writeFile(join(drafts, `${id}.draft.json`), 'older version');
    await chmod(join(drafts, `${id}.draft.json`), 0o644);
    await store.write(id, null, planText('Secret'));
    const other = newDraftId();
    await store.write(other, null, planText('Secret too'));
    expect((await stat(drafts)).mode & 0o777).toBe(0o700);
    expect((await stat(join(drafts, `${id}.draft.json`))).mode & 0o777).toBe(0o600);
    expect((await stat(join(drafts, `${other}.draft.json`))).mode & 0o777).toBe(0o600);
  });

  it('ignores files that are not drafts and refuses ids that could escape the folder', async () => {
    const drafts = join(folder.path, 'drafts');
    const store = new DraftStore(drafts);
    await store.write(newDraftId(), null, planText('A'));
    await writeFile(join(drafts, 'notes.txt'), 'hello');
    await writeFile(join(drafts, `${newDraftId()}.draft.json`), '{ not json');
    expect(await store.list()).toHaveLength(1);
    await expect(store.write('../../evil', null, 'x')).rejects.toThrow(/not a draft id/);
  });
});

describe('DraftKeeper', () => {
  it('writes the draft about a second after editing stops, not before', async () => {
    vi.useFakeTimers();
    const store = new DraftStore(join(folder.path, 'drafts'));
    const keeper = new DraftKeeper(store, () => null);
    keeper.update(planText('v1'));
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 100);
    keeper.update(planText('v2'));
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 100);
    expect(await store.list()).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await keeper.flush();
    expect((await store.list()).map((d) => d.text)).toEqual([planText('v2')]);
  });

  it('writes at once on flush (crash, hang) and removes the draft on discard (save, don’t save)', async () => {
    const store = new DraftStore(join(folder.path, 'drafts'));
    const keeper = new DraftKeeper(store, () => '/plans/x.orgplan.json');
    keeper.update(planText('Now'));
    await keeper.flush();
    expect((await store.list())[0]).toMatchObject({ documentPath: '/plans/x.orgplan.json', text: planText('Now') });
    await keeper.discard();
    expect(await store.list()).toEqual([]);
  });

  it('never brings a draft back after a discard, even with a write in flight', async () => {
    const store = new DraftStore(join(folder.path, 'drafts'));
    const keeper = new DraftKeeper(store, () => null);
    keeper.update(planText('A'));
    const writing = keeper.flush();
    const discarding = keeper.discard();
    await Promise.all([writing, discarding]);
    expect(await store.list()).toEqual([]);
  });
});

describe('restoring drafts at start-up', () => {
  function newWindow(store: DraftStore, id = 1): AppWindow {
    return new AppWindow(new FakeHandle(id, 100 + id), { drafts: store, recent: new FakeRecent(), ui: new FakeUi() });
  }

  it('Restore puts the unsaved plan back, marked unsaved, with its file; Discard deletes; Not Now keeps', async () => {
    const store = new DraftStore(join(folder.path, 'drafts'));
    const file = join(folder.path, 'plan.orgplan.json');
    await writeFile(file, planText('Plan'));
    const old = new Date(Date.now() - 3_600_000);
    await utimes(file, old, old);
    const [restoreId, discardId, keepId] = [newDraftId(), newDraftId(), newDraftId()];
    await store.write(restoreId, file, planText('Plan', ['Ada', 'Grace']));
    await store.write(discardId, null, planText('Throwaway'));
    await store.write(keepId, null, planText('Later'));

    const answers: Record<string, RestoreAnswer> = { Plan: 'restore', Throwaway: 'discard', Later: 'keep' };
    const windows: AppWindow[] = [];
    const restored = await offerDrafts({
      store,
      ask: (name) => Promise.resolve(answers[name] ?? 'keep'),
      windowFor: () => {
        const window = newWindow(store, windows.length + 1);
        windows.push(window);
        return Promise.resolve(window);
      },
    });
    expect(restored).toBe(1);
    const [window] = windows;
    expect(window?.session.filePath).toBe(file);
    expect(window?.session.dirty).toBe(true);
    expect(window?.session.draft.id).toBe(restoreId);
    expect((window?.handle as FakeHandle).view.title).toBe('• Plan — Org Planner');
    window?.rendererReady();
    expect((window?.handle as FakeHandle).sent).toEqual([
      {
        type: 'document-opened',
        document: { text: planText('Plan', ['Ada', 'Grace']), fileName: 'plan.orgplan.json', restoredFromDraft: true },
      },
    ]);
    expect((await store.list()).map((d) => d.id).sort()).toEqual([restoreId, keepId].sort());
  });

  it('removes the draft once the restored plan is saved', async () => {
    const store = new DraftStore(join(folder.path, 'drafts'));
    const id = newDraftId();
    await store.write(id, null, planText('Plan'));
    const window = newWindow(store);
    await offerDrafts({ store, ask: () => Promise.resolve('restore'), windowFor: () => Promise.resolve(window) });
    window.session.attachFile(join(folder.path, 'saved.orgplan.json'), { mtimeMs: 1, size: 1 }, 'Plan');
    await window.session.draft.flush();
    expect(await store.list()).toEqual([]);
  });

  it('a draft that throws or cannot be shown never stops the others; it is kept, not deleted unseen', async () => {
    const store = new DraftStore(join(folder.path, 'drafts'));
    const [broken, throwing, good] = [newDraftId(), newDraftId(), newDraftId()];
    let clock = 1000;
    const at = () => clock++;
    await new DraftStore(store.folder, at).write(
      broken,
      null,
      `{"format":"org-planner","version":1,"x":${'['.repeat(100_000)}`,
    );
    await new DraftStore(store.folder, at).write(throwing, null, planText('Throws'));
    await new DraftStore(store.folder, at).write(good, null, planText('Good'));
    const logged: string[] = [];
    const window = newWindow(store);
    const restored = await offerDrafts({
      store,
      log: (message) => logged.push(message),
      ask: (name) => (name === 'Throws' ? Promise.reject(new Error('dialog failed')) : Promise.resolve('restore')),
      windowFor: () => Promise.resolve(window),
    });
    expect(restored).toBe(1);
    expect(window.session.draft.id).toBe(good);
    expect(logged.join('\n')).toContain('dialog failed');
    expect((await store.list()).map((d) => d.id).sort()).toEqual([broken, throwing, good].sort());
  });

  it('start-up goes on when the drafts cannot even be listed', async () => {
    const store = new DraftStore(join(folder.path, 'drafts'));
    store.listRestorable = () => Promise.reject(new Error('disk on fire'));
    const logged: string[] = [];
    const restored = await offerDrafts({
      store,
      log: (message) => logged.push(message),
      ask: () => Promise.resolve('restore'),
      windowFor: () => Promise.reject(new Error('unused')),
    });
    expect(restored).toBe(0);
    expect(logged.join('\n')).toContain('disk on fire');
  });
});
