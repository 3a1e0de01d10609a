/**
 * `BrowserWindow` and its `webContents`, each window backed by a Playwright
 * page in Chromium. Life-cycle events are Electron's: `close` (preventable),
 * `closed`, `show`, `ready-to-show` after the first load, `did-finish-load`,
 * `render-process-gone` when the page crashes, `browser-window-focus` on the
 * app. Titles, the edited flag and the represented file are recorded.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { BrowserContext, Page } from 'playwright-core';
import { encodeWire } from './ipc-wire';
import { DELIVER_FUNCTION, preloadInitScript } from './preload-script';
import { STAND_IN_ORIGIN, toAppUrl, toPageUrl } from './stand-in-origin';

/** Electron's events that `preventDefault()` can stop. */
export class PreventableEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** The one display the double has. */
export const WORK_AREA: Rectangle = { x: 0, y: 0, width: 1920, height: 1080 };

/** What the windows share with the rest of the double (one per main run). */
export interface WindowHost {
  readonly context: BrowserContext;
  readonly app: EventEmitter;
  readonly windows: BrowserWindowDouble[];
  /** Each window's page, for the IPC binding to find its sender. */
  readonly contents: Map<Page, WebContentsDouble>;
  /** Errors the pages reported (uncaught exceptions, console errors). */
  readonly pageErrors: string[];
  focused: BrowserWindowDouble | null;
  nextId(): number;
  /** Work that must end before the run is torn down (page loads, closes, deliveries). */
  track(work: Promise<unknown>): void;
  /** A window was destroyed. */
  windowClosed(): void;
}

export class WebContentsDouble extends EventEmitter {
  readonly id: number;
  readonly page: Promise<Page>;
  private url = '';
  private destroyed = false;
  private delivery: Promise<unknown> = Promise.resolve();
  windowOpenHandler: unknown = null;

  constructor(
    private readonly host: WindowHost,
    readonly owner: BrowserWindowDouble,
    preloadPath: string | undefined,
  ) {
    super();
    this.id = host.nextId();
    this.page = host.context.newPage().then(async (page) => {
      host.contents.set(page, this);
      if (preloadPath !== undefined)
        await page.addInitScript({ content: preloadInitScript(preloadPath, STAND_IN_ORIGIN) });
      page.on('pageerror', (error) => host.pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') host.pageErrors.push(message.text());
      });
      page.on('load', () => {
        this.url = toAppUrl(page.url());
        this.emit('did-finish-load');
      });
      page.on('crash', () => {
        this.emit('render-process-gone', new PreventableEvent(), { reason: 'crashed', exitCode: 139 });
      });
      return page;
    });
    host.track(this.page);
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.page;
    await page.goto(toPageUrl(url));
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Main → renderer, in order, to the preload's `ipcRenderer.on` listeners. */
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const payload = encodeWire(args);
    this.delivery = this.delivery
      .then(() => this.page)
      .then((page) =>
        page.evaluate(
          ([name, target, data]) => {
            const deliver = (globalThis as unknown as Record<string, (c: string, p: string) => void>)[name];
            deliver?.(target, data);
          },
          [DELIVER_FUNCTION, channel, payload] as const,
        ),
      )
      .catch(() => undefined);
    this.host.track(this.delivery);
  }

  reload(): void {
    this.host.track(this.page.then((page) => page.reload()).catch(() => undefined));
  }

  setWindowOpenHandler(handler: unknown): void {
    this.windowOpenHandler = handler;
  }

  destroy(): void {
    this.destroyed = true;
    this.host.track(this.page.then((page) => page.close()).catch(() => undefined));
    this.emit('destroyed');
  }
}

export class BrowserWindowDouble extends EventEmitter {
  readonly id: number;
  readonly webContents: WebContentsDouble;
  readonly titles: string[] = [];
  bounds: Rectangle;
  maximized = false;
  visible = false;
  destroyed = false;
  documentEdited = false;
  representedFilename = '';
  private title: string;

  constructor(
    private readonly host: WindowHost,
    readonly options: BrowserWindowConstructorOptions,
  ) {
    super();
    this.id = host.nextId();
    this.title = options.title ?? '';
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    // Without x and y, Electron centres the window on the primary display.
    this.bounds = {
      x: options.x ?? Math.round((WORK_AREA.width - width) / 2),
      y: options.y ?? Math.round((WORK_AREA.height - height) / 2),
      width,
      height,
    };
    this.webContents = new WebContentsDouble(host, this, options.webPreferences?.preload);
    this.webContents.once('did-finish-load', () => this.emit('ready-to-show'));
    host.windows.push(this);
    host.app.emit('web-contents-created', new PreventableEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  show(): void {
    this.visible = true;
    this.emit('show');
    this.focus();
  }

  focus(): void {
    if (this.destroyed) return;
    this.host.focused = this;
    this.emit('focus');
    this.host.app.emit('browser-window-focus', new PreventableEvent(), this);
  }

  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isVisible(): boolean {
    return this.visible;
  }

  getBounds(): Rectangle {
    return { ...this.bounds };
  }

  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }

  /** The user moved or resized the window. */
  setBounds(bounds: Rectangle): void {
    this.bounds = { ...bounds };
    this.emit('move');
    this.emit('resize');
  }

  setTitle(title: string): void {
    this.title = title;
    this.titles.push(title);
  }

  getTitle(): string {
    return this.title;
  }

  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }

  setRepresentedFilename(path: string): void {
    this.representedFilename = path;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** As the close button: `close` may be prevented; otherwise the window goes and `closed` follows. */
  close(): void {
    if (this.destroyed) return;
    const event = new PreventableEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const index = this.host.windows.indexOf(this);
    if (index !== -1) this.host.windows.splice(index, 1);
    if (this.host.focused === this) this.host.focused = this.host.windows.at(-1) ?? null;
    this.webContents.destroy();
    this.emit('closed');
    this.host.windowClosed();
  }
}
