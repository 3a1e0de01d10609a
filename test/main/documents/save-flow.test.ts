import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { openPlanPath } from '../../../src/main/documents/open-flow';
import { exportPlanJson, savePlan, savePlanAs, withPlanExtension } from '../../../src/main/documents/save-flow';
import { harness, planText, tempFolder, type Harness } from '../support/fakes';

let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

/** A window with `file` open and unsaved changes. */
async function openDirty(h: Harness, file: string, original = planText('Original')): Promise<void> {
  await writeFile(file, original);
  const opened = await openPlanPath(h.ctx, file, '');
  expect(opened.status).toBe('opened');
  h.session.setState({ name: 'Edited', dirty: true });
}

describe('Save', () => {
  it('writes the core’s deterministic serialization to the file main opened, and marks the window clean', async () => {
    const h = harness(folder.path);
    const file = join(folder.path, 'plan.orgplan.json');
    await openDirty(h, file);
    // Keys out of order and extra white space: main rewrites it canonically.
    const messy = JSON.stringify({ nodes: [], version: 1, name: 'Edited', edges: [], format: 'org-planner' });
    const result = await savePlan(h.ctx, messy);
    expect(result).toEqual({ status: 'saved', fileName: 'plan.orgplan.json' });
    const written = await readFile(file, 'utf8');
    const parsed = parsePlan(messy);
    expect(parsed.ok && written === serializePlan(parsed.plan)).toBe(true);
    expect(h.session.dirty).toBe(false);
    expect(h.view.title).toBe('Edited — Org Planner');
    expect(h.session.stamp).toEqual({ mtimeMs: (await stat(file)).mtimeMs, size: (await stat(file)).size });
    expect(h.ui.asked).toEqual([]);
  });

  it('refuses to write a plan that does not load, and leaves the file alone', async () => {
    const h = harness(folder.path);
    const file = join(folder.path, 'plan.orgplan.json');
    await openDirty(h, file);
    const before = await readFile(file, 'utf8');
    const bad = JSON.stringify({
      format: 'org-planner',
      version: 1,
      nodes: [{ id: 'a', kind: 'wizard', name: 'x' }],
      edges: [],
    });
    const result = await savePlan(h.ctx, bad);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toContain('nodes[0].kind');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(h.session.dirty).toBe(true);
    expect(h.ui.errors).toHaveLength(1);
  });

  it('leaves the original intact when the save is interrupted before the rename', async () => {
    const h = harness(folder.path, { beforeRename: () => Promise.reject(new Error('power cut')) });
    const file = join(folder.path, 'plan.orgplan.json');
    await openDirty(h, file);
    const before = await readFile(file, 'utf8');
    const result = await savePlan(h.ctx, planText('Edited', ['Ada', 'Grace']));
    expect(result.status).toBe('failed');
    expect(await readFile(file, 'utf8')).toBe(before);
    // No temporary file left behind (the backup is only removed once the new file is in place).
    const names = (await readdir(folder.path)).filter((name) => name !== 'drafts');
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(h.session.dirty).toBe(true);
    expect(h.ui.errors[0]?.message).toContain('unchanged');
  });

  it('keeps the previous version as a backup until the new one is in place', async () => {
    let backupDuringSave: string | undefined;
    let backupPath = '';
    const h = harness(folder.path, {
      beforeRename: async ({ backup }) => {
        backupPath = backup ?? '';
        backupDuringSave = await readFile(backupPath, 'utf8');
      },
    });
    const file = join(folder.path, 'plan.orgplan.json');
    const original = planText('Original');
    await openDirty(h, file, original);
    expect((await savePlan(h.ctx, planText('Edited'))).status).toBe('saved');
    expect(backupDuringSave).toBe(original);
    await expect(stat(backupPath)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  describe('when the file changed on disk since it was opened', () => {
    async function changeBehindOurBack(file: string): Promise<string> {
      const theirs = planText('Theirs', ['Someone', 'Else']);
      await writeFile(file, theirs);
      // Some file systems have coarse mtimes: make the change visible whatever the clock.
      const later = new Date(Date.now() + 5000);
      await utimes(file, later, later);
      return theirs;
    }

    it('asks, and Cancel keeps their version', async () => {
      const h = harness(folder.path);
      const file = join(folder.path, 'plan.orgplan.json');
      await openDirty(h, file);
      const theirs = await changeBehindOurBack(file);
      h.ui.overwriteAnswer = 'cancel';
      expect(await savePlan(h.ctx, planText('Mine'))).toEqual({ status: 'canceled' });
      expect(h.ui.asked).toEqual([`changed:${file}`]);
      expect(await readFile(file, 'utf8')).toBe(theirs);
      expect(h.session.dirty).toBe(true);
    });

    it('asks, and Overwrite writes ours', async () => {
      const h = harness(folder.path);
      const file = join(folder.path, 'plan.orgplan.json');
      await openDirty(h, file);
      await changeBehindOurBack(file);
      h.ui.overwriteAnswer = 'overwrite';
      expect((await savePlan(h.ctx, planText('Mine'))).status).toBe('saved');
      expect(await readFile(file, 'utf8')).toBe(planText('Mine'));
      // The new stamp is ours: saving again does not ask again.
      h.ui.asked.length = 0;
      expect((await savePlan(h.ctx, planText('Mine again'))).status).toBe('saved');
      expect(h.ui.asked).toEqual([]);
    });

    it('notices a change of size alone', async () => {
      const h = harness(folder.path);
      const file = join(folder.path, 'plan.orgplan.json');
      await openDirty(h, file);
      const { mtime } = await stat(file);
      await writeFile(file, `${planText('Original')}\n`);
      await utimes(file, mtime, mtime);
      await savePlan(h.ctx, planText('Mine'));
      expect(h.ui.asked).toEqual([`changed:${file}`]);
    });
  });

  it('asks for a path when the plan was never saved, and Cancel writes nothing', async () => {
    const h = harness(folder.path);
    h.session.setState({ name: 'Checkout', dirty: true });
    h.ui.savePath = null;
    expect(await savePlan(h.ctx, planText('Checkout'))).toEqual({ status: 'canceled' });
    expect(h.ui.saveDialogs).toEqual([{ kind: 'plan', defaultName: 'Checkout.orgplan.json' }]);
    expect((await readdir(folder.path)).filter((n) => n !== 'drafts')).toEqual([]);
  });

  it('Save As adds the extension, records the new file and the recent list', async () => {
    const h = harness(folder.path);
    h.session.setState({ name: 'Checkout', dirty: true });
    h.ui.savePath = join(folder.path, 'checkout');
    const result = await savePlanAs(h.ctx, planText('Checkout'));
    const file = join(folder.path, 'checkout.orgplan.json');
    expect(result).toEqual({ status: 'saved', fileName: 'checkout.orgplan.json' });
    expect(h.session.filePath).toBe(file);
    expect(h.recent.files).toEqual([file]);
    expect(h.view.title).toBe('Checkout — Org Planner');
  });

  it('Save As asks before replacing a file the dialog did not confirm', async () => {
    const h = harness(folder.path);
    const file = join(folder.path, 'checkout.orgplan.json');
    await writeFile(file, 'precious');
    h.ui.savePath = join(folder.path, 'checkout');
    h.ui.replaceAnswer = 'cancel';
    expect(await savePlanAs(h.ctx, planText('Checkout'))).toEqual({ status: 'canceled' });
    expect(await readFile(file, 'utf8')).toBe('precious');
    expect(h.ui.asked).toEqual([`replace:${file}`]);
  });

  it('adds .orgplan.json only to names without a .json ending', () => {
    expect(withPlanExtension('/x/plan')).toBe('/x/plan.orgplan.json');
    expect(withPlanExtension('/x/plan.json')).toBe('/x/plan.json');
    expect(withPlanExtension('/x/plan.ORGPLAN.JSON')).toBe('/x/plan.ORGPLAN.JSON');
  });
});

describe('Export as JSON', () => {
  it('writes a copy without changing the open file or the dirty state', async () => {
    const h = harness(folder.path);
    const file = join(folder.path, 'plan.orgplan.json');
    await openDirty(h, file);
    const before = await readFile(file, 'utf8');
    h.ui.savePath = join(folder.path, 'copy.orgplan.json');
    expect(await exportPlanJson(h.ctx, planText('Edited'))).toEqual({
      status: 'exported',
      fileName: 'copy.orgplan.json',
    });
    expect(await readFile(join(folder.path, 'copy.orgplan.json'), 'utf8')).toBe(planText('Edited'));
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(h.session.filePath).toBe(file);
    expect(h.session.dirty).toBe(true);
    expect(h.recent.files).toEqual([file]);
  });

  it('will not write the copy over the open file', async () => {
    const h = harness(folder.path);
    const file = join(folder.path, 'plan.orgplan.json');
    await openDirty(h, file);
    h.ui.savePath = file;
    expect((await exportPlanJson(h.ctx, planText('Edited'))).status).toBe('failed');
    expect(await readFile(file, 'utf8')).toBe(planText('Original'));
  });
});
