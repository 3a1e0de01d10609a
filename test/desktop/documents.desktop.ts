/** Documents through the desktop app: File › Open, Save (atomic, exactly serializePlan), Save As, a file changed on disk. */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializePlan } from '../../src/shared/format/serialize';
import { editorReady, fixturePlan, placePerson, readPlan, titleOf, useDesktop, openFromMenu } from './journey';

const desktop = useDesktop();

/** Main started, its first window shown and the editor ready. */
async function started() {
  const run = await desktop().start();
  const window = await run.firstWindow();
  const page = await run.page(window);
  await editorReady(page);
  return { run, window, page };
}

describe('documents in the desktop app', () => {
  it('opens a plan chosen in File › Open', async () => {
    const { run, window, page } = await started();
    const { path, plan, name } = fixturePlan(desktop().home);
    await openFromMenu(run, window, path, name);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(plan.nodes.length);
    expect(run.dialogs.shown.map((d) => d.kind)).toEqual(['open']);
  });

  it('saves an edit in place: the file holds exactly serializePlan of the plan, written atomically', async () => {
    const { run, window, page } = await started();
    const { path, plan, name } = fixturePlan(desktop().home);
    await openFromMenu(run, window, path, name);
    await placePerson(page, window);
    expect(window.getTitle()).toBe(titleOf(name, true));

    run.clickMenu('File › Save');
    await expect.poll(() => window.getTitle()).toBe(titleOf(name));
    const saved = readFileSync(path, 'utf8');
    const reread = readPlan(path);
    expect(saved).toBe(serializePlan(reread));
    expect(reread.nodes).toHaveLength(plan.nodes.length + 1);
    // No temporary file is left beside it, and no dialog was needed.
    expect(readdirSync(desktop().home).filter((name) => name !== 'userData' && name !== 'Documents')).toEqual([
      'clean.orgplan.json',
    ]);
    expect(run.dialogs.shown.map((d) => d.kind)).toEqual(['open']);
  });

  it('Save As writes the plan under a new name and the window follows it', async () => {
    const { run, window, page } = await started();
    const { path, plan, name } = fixturePlan(desktop().home);
    await openFromMenu(run, window, path, name);
    await placePerson(page, window);
    const copy = desktop().path('copy.orgplan.json');
    run.dialogs.answerSave(copy);
    run.clickMenu('File › Save As…');
    await expect.poll(() => window.getTitle()).toBe(titleOf(name));
    expect(readPlan(copy).nodes).toHaveLength(plan.nodes.length + 1);
    expect(readPlan(path).nodes).toHaveLength(plan.nodes.length);
    // The next Save goes to the new file, without a dialog.
    await placePerson(page, window);
    run.clickMenu('File › Save');
    await expect.poll(() => readPlan(copy).nodes.length).toBe(plan.nodes.length + 2);
    expect(readPlan(path).nodes).toHaveLength(plan.nodes.length);
  });

  it('asks Overwrite / Cancel when the file changed on disk: Cancel keeps the other version, Overwrite replaces it', async () => {
    const { run, window, page } = await started();
    const { path, plan, name } = fixturePlan(desktop().home);
    await openFromMenu(run, window, path, name);
    await placePerson(page, window);
    const theirs = serializePlan({ ...plan, name: 'Changed elsewhere' });
    writeFileSync(path, theirs);
    // A later modification time, whatever the file system's timestamp resolution.
    const future = new Date(statSync(path).mtimeMs + 5000);
    utimesSync(path, future, future);

    run.dialogs.answerMessage('Cancel', /changed by another program/);
    run.clickMenu('File › Save');
    await run.dialogs.whenShown('message');
    await expect.poll(() => run.ipc.filter((r) => r.channel === 'plan:save').length).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(window.getTitle()).toBe(titleOf(name, true));

    run.dialogs.answerMessage('Overwrite', /changed by another program/);
    run.clickMenu('File › Save');
    await expect.poll(() => window.getTitle()).toBe(titleOf(name));
    expect(readPlan(path).nodes).toHaveLength(plan.nodes.length + 1);
  });
});
