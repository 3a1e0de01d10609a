import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../src/main/recovery/drafts';
import { AppWindow, CLOSE_ANSWER_TIMEOUT_MS } from '../../../src/main/window/app-window';
import { FakeHandle, FakeRecent, FakeUi, planText, tempFolder } from '../support/fakes';

let folder: { path: string; remove: () => Promise<void> };
let store: DraftStore;

beforeEach(async () => {
  folder = await tempFolder();
  store = new DraftStore(join(folder.path, 'drafts'));
});
afterEach(async () => {
  await folder.remove();
});

let clock = 0;

function newWindow(): { window: AppWindow; handle: FakeHandle; ui: FakeUi } {
  const handle = new FakeHandle();
  const ui = new FakeUi();
  const window = new AppWindow(handle, {
    drafts: store,
    recent: new FakeRecent(),
    ui,
    now: () => clock,
    defer: (f) => {
      f();
    },
  });
  return { window, handle, ui };
}

describe('closing a window', () => {
  it('closes at once when everything is saved', () => {
    const { window } = newWindow();
    window.rendererReady();
    expect(window.closeAttempt()).toBe(true);
  });

  it('with unsaved changes, holds the close and asks the renderer for its text', () => {
    const { window, handle } = newWindow();
    window.rendererReady();
    window.session.setState({ name: 'Plan', dirty: true });
    expect(window.closeAttempt()).toBe(false);
    expect(handle.sent).toEqual([{ type: 'close-requested' }]);
  });

  it('closes once the user confirmed through closeWindow', async () => {
    const { window, handle, ui } = newWindow();
    window.rendererReady();
    window.session.setState({ name: 'Plan', dirty: true });
    ui.unsavedAnswer = 'discard';
    const { closeDocument } = await import('../../../src/main/documents/open-flow');
    expect(await closeDocument(window.flow, planText('Plan'))).toEqual({ status: 'done' });
    expect(handle.closes).toBe(1);
    expect(window.closeAttempt()).toBe(true);
  });

  it('lets a crashed renderer’s window close, keeping the unsaved plan as a draft', async () => {
    const { window } = newWindow();
    window.rendererReady();
    window.session.setState({ name: 'Plan', dirty: true });
    window.session.updateDraft(planText('Plan'));
    await window.rendererGone();
    expect((await store.list()).map((d) => d.text)).toEqual([planText('Plan')]);
    expect(window.closeAttempt()).toBe(true);
  });

  it('writes the draft at once when the renderer hangs, and lets the window close', async () => {
    const { window } = newWindow();
    window.rendererReady();
    window.session.setState({ name: 'Plan', dirty: true });
    window.session.updateDraft(planText('Hung'));
    await window.rendererUnresponsive();
    expect((await store.list()).map((d) => d.text)).toEqual([planText('Hung')]);
    expect(window.closeAttempt()).toBe(true);
    window.rendererResponsive();
    expect(window.rendererHealth).toBe('ok');
  });

  it('does not stay open forever when the renderer never answers close-requested', async () => {
    const { window, handle } = newWindow();
    window.rendererReady();
    window.session.setState({ name: 'Plan', dirty: true });
    window.session.updateDraft(planText('Plan'));
    clock = 1000;
    expect(window.closeAttempt()).toBe(false);
    clock = 1000 + CLOSE_ANSWER_TIMEOUT_MS - 1;
    expect(window.closeAttempt()).toBe(false);
    expect(handle.sent.filter((c) => c.type === 'close-requested')).toHaveLength(2);
    clock = 1000 + CLOSE_ANSWER_TIMEOUT_MS;
    expect(window.closeAttempt()).toBe(true);
    await window.session.draft.flush();
    expect((await store.list()).map((d) => d.text)).toEqual([planText('Plan')]);
  });

  it('keeps waiting while the renderer is answering', () => {
    const { window } = newWindow();
    window.rendererReady();
    window.session.setState({ name: 'Plan', dirty: true });
    clock = 0;
    expect(window.closeAttempt()).toBe(false);
    window.closeAnswered();
    clock = 60_000;
    expect(window.closeAttempt()).toBe(false);
  });
});

describe('commands to the renderer', () => {
  it('wait until the page subscribes, then arrive in order', () => {
    const { window, handle } = newWindow();
    window.commands.send({ type: 'menu', command: 'save' });
    window.requestOpen('/plans/a.orgplan.json');
    expect(handle.sent).toEqual([]);
    window.rendererReady();
    expect(handle.sent[0]).toEqual({ type: 'menu', command: 'save' });
    expect(handle.sent[1]).toMatchObject({ type: 'open-requested', fileName: 'a.orgplan.json' });
  });

  it('open requests carry a one-time token, never the path', () => {
    const { window, handle } = newWindow();
    window.rendererReady();
    window.requestOpen('/secret/folder/a.orgplan.json');
    const command = handle.sent[0];
    expect(JSON.stringify(command)).not.toContain('/secret');
    const requestId = command?.type === 'open-requested' ? command.requestId : '';
    expect(window.openRequests.take(requestId)).toBe('/secret/folder/a.orgplan.json');
    expect(window.openRequests.take(requestId)).toBeUndefined();
  });

  it('after a crash and reload, the page gets its unsaved plan back', async () => {
    const { window, handle } = newWindow();
    window.rendererReady();
    window.session.setState({ name: 'Plan', dirty: true });
    window.session.updateDraft(planText('Unsaved'));
    await window.rendererGone();
    window.commands.send({ type: 'menu', command: 'save' });
    expect(handle.sent).toEqual([]);
    window.rendererReady();
    // The reloaded page reports its empty start-up plan before it shows the restored one: still unsaved.
    window.session.setState({ name: '', dirty: false });
    expect(window.session.dirty).toBe(true);
    expect(handle.sent).toEqual([
      { type: 'document-opened', document: { text: planText('Unsaved'), fileName: null, restoredFromDraft: true } },
      { type: 'menu', command: 'save' },
    ]);
  });
});
