/**
 * The open editor windows: creating one (secure preferences, restored bounds,
 * dialogs, hardening, events), finding one by its window id or its web
 * contents id (IPC), and the Quit sequence that asks each window with unsaved
 * changes before the app goes.
 */
import type { PlanBytesParser } from '../node/files/plan-from-bytes';
import { BrowserWindow, screen } from 'electron';
import type { DocumentUi, RecentList } from './documents/context';
import { askReloadAfterCrash, createDialogUi } from './dialogs';
import type { DraftStore } from './recovery/drafts';
import type { Settings } from './settings/settings';
import { AppWindow } from './window/app-window';
import { restoreWindowPlacement } from './window/bounds';
import { createBrowserWindow, windowHandle, wireWindowEvents } from './window/create-window';

export interface WindowsDeps {
  readonly settings: Settings;
  readonly drafts: DraftStore;
  readonly recent: RecentList;
  readonly preloadPath: string;
  /** The URL every window loads: `app://org-planner/index.html`, or the dev server. */
  readonly entryUrl: string;
  readonly log: (message: string) => void;
  /** How opened files are checked (a worker thread in the app). */
  readonly parsePlanBytes?: PlanBytesParser;
  /** Tests or callers may replace the dialogs. */
  readonly uiFor?: (window: BrowserWindow) => DocumentUi;
}

interface Entry {
  readonly appWindow: AppWindow;
  readonly browserWindow: BrowserWindow;
  readonly shown: Promise<void>;
}

export class Windows {
  private readonly byContents = new Map<number, Entry>();
  private quitting = false;

  constructor(private readonly deps: WindowsDeps) {}

  get isQuitting(): boolean {
    return this.quitting;
  }

  all(): AppWindow[] {
    return [...this.byContents.values()].map((entry) => entry.appWindow);
  }

  byWebContentsId(id: number): AppWindow | undefined {
    return this.byContents.get(id)?.appWindow;
  }

  byWindowId(id: number | undefined): AppWindow | undefined {
    if (id === undefined) return undefined;
    return this.all().find((window) => window.id === id);
  }

  browserWindowOf(window: AppWindow): BrowserWindow | undefined {
    return this.byContents.get(window.handle.webContentsId)?.browserWindow;
  }

  /** The focused window, else the most recently created one. */
  current(): AppWindow | undefined {
    const focused = BrowserWindow.getFocusedWindow();
    return this.byWindowId(focused?.id) ?? this.all().at(-1);
  }

  /** Resolves once the window is on screen (dialogs need a visible parent). */
  whenShown(window: AppWindow): Promise<void> {
    return this.byContents.get(window.handle.webContentsId)?.shown ?? Promise.resolve();
  }

  create(): AppWindow {
    const { settings, log } = this.deps;
    const placement = restoreWindowPlacement(
      settings.getWindowState(),
      screen.getAllDisplays().map((display) => display.workArea),
    );
    const browserWindow = createBrowserWindow(placement, this.deps.preloadPath);
    const handle = windowHandle(browserWindow);
    const shown = new Promise<void>((resolve) => {
      browserWindow.once('show', () => {
        resolve();
      });
    });
    const appWindow = new AppWindow(handle, {
      drafts: this.deps.drafts,
      recent: this.deps.recent,
      ui: (this.deps.uiFor ?? createDialogUi)(browserWindow),
      ...(this.deps.parsePlanBytes === undefined ? {} : { parsePlanBytes: this.deps.parsePlanBytes }),
      log,
      onCloseCanceled: () => {
        this.quitting = false;
      },
    });
    this.byContents.set(handle.webContentsId, { appWindow, browserWindow, shown });
    wireWindowEvents(browserWindow, appWindow, {
      log,
      saveState: (state) => {
        settings.setWindowState(state);
      },
      onClosed: () => {
        this.byContents.delete(handle.webContentsId);
      },
      onCrashed: () => {
        void askReloadAfterCrash(browserWindow).then((answer) => {
          if (answer === 'reload') handle.reload();
          else handle.close();
        });
      },
    });
    browserWindow.loadURL(this.deps.entryUrl).catch((error: unknown) => {
      log(`cannot load ${this.deps.entryUrl}: ${String(error)}`);
    });
    return appWindow;
  }

  /**
   * Quit: returns true when the app may quit now. Otherwise every window is
   * asked to close (those with unsaved changes ask Save / Don't Save / Cancel)
   * and the app quits when the last one has closed; a Cancel stops the quit.
   */
  beginQuit(): boolean {
    this.quitting = true;
    const waiting = this.all().filter((w) => w.session.dirty && w.rendererHealth === 'ok' && w.commands.ready);
    if (waiting.length === 0) return true;
    for (const entry of this.byContents.values()) entry.browserWindow.close();
    return false;
  }
}
