/**
 * The `electron` module as the built main process sees it in the harness:
 * `app`, `BrowserWindow`, `ipcMain`, `protocol`, `session`, `dialog`, `Menu`,
 * `screen` and `shell`, just as much of each as main uses, behaving as
 * Electron documents. Anything else main might reach for is missing, so it
 * fails loudly here. One double per main run.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';
import type { BrowserContext } from 'playwright-core';
import { AppDouble } from './app-double';
import { BrowserWindowDouble, WORK_AREA, type WebContentsDouble, type WindowHost } from './browser-window';
import type { DialogScript } from './dialog-script';
import { clickMenuItem, MenuDouble } from './menu-double';

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;
type BeforeRequestListener = (
  details: { url: string; method: string; resourceType: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

export interface ElectronDoubleOptions {
  readonly context: BrowserContext;
  readonly dialogs: DialogScript;
  readonly paths: Readonly<Record<string, string>>;
  readonly version: string;
  readonly argv: readonly string[];
  readonly cwd: string;
}

class IpcMainDouble extends EventEmitter {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export class ElectronDouble {
  readonly app: AppDouble;
  readonly ipcMain = new IpcMainDouble();
  readonly dialogs: DialogScript;
  readonly privilegedSchemes: CustomScheme[] = [];
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  readonly openedExternally: string[] = [];
  applicationMenu: MenuDouble | null = null;
  beforeRequest: BeforeRequestListener | null = null;
  permissionCheck: unknown = null;
  /** The module object handed to main's `require('electron')`. */
  readonly module: Record<string, unknown>;
  private readonly host: WindowHost;
  private readonly work = new Set<Promise<unknown>>();
  private ids = 0;

  constructor(options: ElectronDoubleOptions) {
    this.dialogs = options.dialogs;
    this.app = new AppDouble({
      paths: options.paths,
      version: options.version,
      argv: options.argv,
      cwd: options.cwd,
      closeAllWindows: () => {
        for (const window of [...this.host.windows]) window.close();
        return this.host.windows.length === 0;
      },
    });
    const app = this.app;
    this.host = {
      context: options.context,
      app,
      windows: [],
      contents: new Map(),
      pageErrors: [],
      focused: null,
      nextId: () => ++this.ids,
      track: (work) => {
        const settled = work.catch(() => undefined).finally(() => this.work.delete(settled));
        this.work.add(settled);
      },
      windowClosed: () => {
        if (this.host.windows.length > 0 || app.state !== 'running') return;
        // Electron quits when the last window closes, unless the app listens for this event.
        if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed', {});
        else app.quit();
      },
    };
    this.module = this.buildModule();
  }

  get windows(): readonly BrowserWindowDouble[] {
    return this.host.windows;
  }

  get pageErrors(): readonly string[] {
    return this.host.pageErrors;
  }

  /** Removes and returns the page errors matching `pattern`: ones the test caused on purpose. */
  takePageErrors(pattern: RegExp): string[] {
    const taken = this.host.pageErrors.filter((text) => pattern.test(text));
    for (const text of taken) this.host.pageErrors.splice(this.host.pageErrors.indexOf(text), 1);
    return taken;
  }

  /** The web contents showing `page` (the IPC binding's sender). */
  contentsOf(page: unknown): WebContentsDouble | undefined {
    return this.host.contents.get(page as never);
  }

  get focusedWindow(): BrowserWindowDouble | null {
    return this.host.focused;
  }

  /** Waits for page loads, deliveries and closes the windows started. */
  async settled(): Promise<void> {
    while (this.work.size > 0) await Promise.all([...this.work]);
  }

  /** Clicks a menu item of the application menu by its label path, with the focused window as target. */
  clickMenu(path: string): void {
    if (this.applicationMenu === null) throw new Error('No application menu was set');
    clickMenuItem(this.applicationMenu.find(path), this.host.focused ?? undefined, {
      closeFocusedWindow: () => this.host.focused?.close(),
      quit: () => {
        this.app.quit();
      },
    });
  }

  private buildModule(): Record<string, unknown> {
    const host = this.host;
    const BrowserWindow = class extends BrowserWindowDouble {
      constructor(options: BrowserWindowConstructorOptions = {}) {
        super(host, options);
      }
      static getFocusedWindow(): BrowserWindowDouble | null {
        return host.focused;
      }
      static getAllWindows(): BrowserWindowDouble[] {
        return [...host.windows];
      }
    };
    const session = {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: (handler: unknown) => {
        this.permissionCheck = handler;
      },
      setDevicePermissionHandler: () => undefined,
      webRequest: {
        onBeforeRequest: (listener: BeforeRequestListener) => {
          this.beforeRequest = listener;
        },
      },
    };
    return {
      app: this.app,
      BrowserWindow,
      ipcMain: this.ipcMain,
      dialog: this.dialogs.module,
      Menu: {
        buildFromTemplate: (template: ConstructorParameters<typeof MenuDouble>[0]) => new MenuDouble(template),
        setApplicationMenu: (menu: MenuDouble | null) => {
          this.applicationMenu = menu;
        },
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: CustomScheme[]) => {
          if (this.app.isReady())
            throw new Error('protocol.registerSchemesAsPrivileged must be called before app is ready');
          this.privilegedSchemes.push(...schemes);
        },
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
          if (this.protocolHandlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
          this.protocolHandlers.set(scheme, handler);
        },
      },
      session: { defaultSession: session },
      screen: {
        getAllDisplays: () => [{ id: 1, bounds: WORK_AREA, workArea: WORK_AREA, scaleFactor: 1 }],
        getPrimaryDisplay: () => ({ id: 1, bounds: WORK_AREA, workArea: WORK_AREA, scaleFactor: 1 }),
      },
      shell: {
        openExternal: (url: string) => {
          this.openedExternally.push(url);
          return Promise.resolve();
        },
      },
    };
  }
}
