import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftStore } from '../../../src/main/recovery/drafts';
import { AppWindow } from '../../../src/main/window/app-window';
import { FakeHandle, FakeRecent, FakeUi, planText, tempFolder } from '../support/fakes';

// wireWindowEvents only listens to the window it is given; BrowserWindow itself is never constructed here.
vi.mock('electron', () => ({ BrowserWindow: undefined }));
const { wireWindowEvents } = await import('../../../src/main/window/create-window');
type ElectronWindow = Parameters<typeof wireWindowEvents>[0];

/** The BrowserWindow edge: its events, bounds and web contents. */
class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new EventEmitter();
  getNormalBounds() {
    return { x: 5, y: 6, width: 1000, height: 700 };
  }
  isMaximized() {
    return true;
  }
}

function event() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

let folder: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

function wired() {
  const browser = new FakeBrowserWindow();
  const store = new DraftStore(join(folder.path, 'drafts'));
  const window = new AppWindow(new FakeHandle(), { drafts: store, recent: new FakeRecent(), ui: new FakeUi() });
  const calls = { saved: [] as unknown[], closed: 0, crashed: 0 };
  wireWindowEvents(browser as unknown as ElectronWindow, window, {
    saveState: (state) => calls.saved.push(state),
    onClosed: () => {
      calls.closed++;
    },
    onCrashed: () => {
      calls.crashed++;
    },
  });
  return { browser, window, store, calls };
}

describe('window events', () => {
  it('keeps main’s title rather than the page’s', () => {
    const { browser } = wired();
    const e = event();
    browser.emit('page-title-updated', e, 'Org Planner');
    expect(e.defaultPrevented).toBe(true);
  });

  it('holds a close with unsaved changes, and saves the placement of a window that closes', () => {
    const { browser, window, calls } = wired();
    window.rendererReady();
    window.session.setState({ name: 'Plan', dirty: true });
    const held = event();
    browser.emit('close', held);
    expect(held.defaultPrevented).toBe(true);
    expect(calls.saved).toEqual([]);
    window.session.setState({ name: 'Plan', dirty: false });
    const allowed = event();
    browser.emit('close', allowed);
    expect(allowed.defaultPrevented).toBe(false);
    expect(calls.saved).toEqual([{ bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true }]);
    browser.emit('closed');
    expect(calls.closed).toBe(1);
  });

  it('writes the draft and offers a reload when the renderer crashes', async () => {
    const { browser, window, store, calls } = wired();
    window.rendererReady();
    window.session.setState({ name: 'Plan', dirty: true });
    window.session.updateDraft(planText('Unsaved'));
    browser.webContents.emit('render-process-gone', event(), { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => {
      expect(calls.crashed).toBe(1);
    });
    expect((await store.list()).map((d) => d.text)).toEqual([planText('Unsaved')]);
    browser.webContents.emit('render-process-gone', event(), { reason: 'clean-exit', exitCode: 0 });
    expect(calls.crashed).toBe(1);
  });

  it('writes the draft when the window stops responding', async () => {
    const { browser, window, store } = wired();
    window.rendererReady();
    window.session.setState({ name: 'Plan', dirty: true });
    window.session.updateDraft(planText('Hung'));
    browser.emit('unresponsive');
    await vi.waitFor(async () => {
      expect((await store.list()).map((d) => d.text)).toEqual([planText('Hung')]);
    });
    browser.emit('responsive');
    expect(window.rendererHealth).toBe('ok');
  });
});
