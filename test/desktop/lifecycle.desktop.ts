/** Closing with unsaved changes, and the draft that survives a crashed renderer into the next start. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MainRun } from './harness/main-run';
import { editorReady, fixturePlan, placePerson, readPlan, titleOf, useDesktop, openFromMenu } from './journey';

const desktop = useDesktop();
const UNSAVED = /Do you want to save the changes/;

/** Main started with a plan opened through File › Open, then edited. */
async function editedPlan(run: MainRun, path: string, name: string) {
  const window = await run.firstWindow();
  const page = await run.page(window);
  await editorReady(page);
  await openFromMenu(run, window, path, name);
  await placePerson(page, window);
  return { window, page };
}

describe('closing and crashing', () => {
  it('asks Save / Don’t Save / Cancel before closing unsaved work, and each answer does what it says', async () => {
    const { path, plan, name } = fixturePlan(desktop().home);
    const original = readFileSync(path, 'utf8');
    const first = await desktop().start();
    const { window } = await editedPlan(first, path, name);

    // Cancel: the window stays, with its unsaved work.
    first.dialogs.answerMessage('Cancel', UNSAVED);
    window.close();
    await first.dialogs.whenShown('message');
    await expect.poll(() => first.ipc.filter((r) => r.channel === 'window:close').length).toBe(1);
    expect(window.isDestroyed()).toBe(false);
    expect(window.getTitle()).toBe(titleOf(name, true));
    expect(readFileSync(path, 'utf8')).toBe(original);

    // Don't Save (from File › Close Window): the window closes, the file is as it was, the app quits.
    first.dialogs.answerMessage("Don't Save", UNSAVED);
    first.clickMenu('File › Close Window');
    await first.electron.app.whenQuit;
    expect(window.isDestroyed()).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(original);

    // Save: the edit is written, then the window closes.
    const second = await desktop().start();
    const reopened = await editedPlan(second, path, name);
    second.dialogs.answerMessage('Save', UNSAVED);
    reopened.window.close();
    await second.electron.app.whenQuit;
    expect(readPlan(path).nodes).toHaveLength(plan.nodes.length + 1);
    expect(first.dialogs.shown.filter((d) => d.kind === 'message').map((d) => d.answer)).toEqual([
      'Cancel',
      "Don't Save",
    ]);
  });

  it('keeps the edit of a crashed renderer as a draft, which the next start offers and restores', async () => {
    const { path, plan, name } = fixturePlan(desktop().home);
    const first = await desktop().start();
    const { page } = await editedPlan(first, path, name);
    await expect.poll(() => first.ipc.some((r) => r.channel === 'document:draft')).toBe(true);

    first.dialogs.answerMessage('Close Window', /stopped working/);
    const cdp = await page.context().newCDPSession(page);
    // The renderer dies mid-call: the call never answers.
    void cdp.send('Page.crash').catch(() => undefined);
    await first.electron.app.whenQuit;

    const second = await desktop().start({});
    second.dialogs.answerMessage('Restore', /found unsaved changes to “Checkout”/);
    const window = await second.firstWindow();
    const restored = await second.page(window);
    await second.dialogs.whenShown('message');
    await expect.poll(() => window.getTitle()).toBe(titleOf(name, true));
    await expect.poll(() => restored.locator('.react-flow__node').count()).toBe(plan.nodes.length + 1);
    // Saving the restored plan writes to the file it came from.
    second.clickMenu('File › Save');
    await expect.poll(() => window.getTitle()).toBe(titleOf(name));
    expect(readPlan(path).nodes).toHaveLength(plan.nodes.length + 1);
  });
});
