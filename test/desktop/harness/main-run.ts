/**
 * One run of the built main process (out/main/index.js) in this Node
 * process, with `require('electron')` answered by a fresh double. A second
 * run on the same userData folder is Electron's next start (or, while the
 * first still runs, its second instance). The built file is read from the
 * repository's `out/` (set DESKTOP_OUT_DIR to test another build).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BrowserWindowDouble } from './browser-window';
import { DialogScript } from './dialog-script';
import { ElectronDouble } from './electron-double';
import { wireSession, type IpcRecord } from './session-wiring';

const REPO = resolve(import.meta.dirname, '../../..');
export const OUT_DIR = resolve(process.env.DESKTOP_OUT_DIR ?? join(REPO, 'out'));
const MAIN_BUNDLE = join(OUT_DIR, 'main', 'index.js');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

/** The double the bundle being loaded gets; set only while main's module runs (synchronously). */
let loading: ElectronDouble | null = null;
let hooked = false;

/** Node's CommonJS loader, answering `electron` with the double of the run being loaded. */
function hookElectron(): void {
  if (hooked) return;
  hooked = true;
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const load = loader._load.bind(Module);
  loader._load = (request, parent, isMain) => {
    if (request === 'electron') {
      if (loading === null) throw new Error('electron was required outside a main run (lazily?)');
      return loading.module;
    }
    return load(request, parent, isMain);
  };
}

export interface MainRunOptions {
  readonly browser: Browser;
  /** The userData folder; the same folder across runs is the same user's next start. */
  readonly userData: string;
  /** Arguments after the executable, as the OS passes them (a plan to open). */
  readonly args?: readonly string[];
  readonly cwd?: string;
  readonly dialogs?: DialogScript;
}

export class MainRun {
  private constructor(
    readonly electron: ElectronDouble,
    readonly ipc: IpcRecord[],
    readonly blockedRequests: string[],
    private readonly close: () => Promise<void>,
  ) {}

  static async start(options: MainRunOptions): Promise<MainRun> {
    hookElectron();
    const documents = join(options.userData, '..', 'Documents');
    mkdirSync(documents, { recursive: true });
    const context = await options.browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const argv = [process.execPath, ...(options.args ?? [])];
    const electron = new ElectronDouble({
      context,
      dialogs: options.dialogs ?? new DialogScript(),
      paths: {
        userData: options.userData,
        documents,
        home: join(options.userData, '..'),
        temp: join(options.userData, '..'),
      },
      version: VERSION,
      argv,
      cwd: options.cwd ?? process.cwd(),
    });
    const { ipc, blockedRequests } = await wireSession(context, electron);
    const run = new MainRun(electron, ipc, blockedRequests, () => context.close());
    const require = createRequire(import.meta.url);
    const savedArgv = process.argv;
    delete process.env.ELECTRON_RENDERER_URL;
    process.argv = argv;
    loading = electron;
    try {
      // A fresh module each run: a main run is a new process in Electron.
      Reflect.deleteProperty(require.cache, MAIN_BUNDLE);
      require(MAIN_BUNDLE);
    } finally {
      loading = null;
      process.argv = savedArgv;
    }
    setImmediate(() => {
      electron.app.becomeReady();
    });
    return run;
  }

  get dialogs(): DialogScript {
    return this.electron.dialogs;
  }

  get windows(): readonly BrowserWindowDouble[] {
    return this.electron.windows;
  }

  /** The first open window once it exists and is shown. */
  async firstWindow(): Promise<BrowserWindowDouble> {
    const window = await waitFor(() => this.electron.windows.find((w) => w.isVisible()), 'a shown window');
    return window;
  }

  async page(window?: BrowserWindowDouble): Promise<Page> {
    return (window ?? (await this.firstWindow())).webContents.page;
  }

  clickMenu(path: string): void {
    this.electron.clickMenu(path);
  }

  /** The invokes that failed (a refused sender, a rejected payload, a flow that threw). */
  get failedIpc(): IpcRecord[] {
    return this.ipc.filter((record) => !record.ok);
  }

  /** Ends the run: waits for the app to quit (or makes it), then closes its browser context. */
  async stop(): Promise<void> {
    for (const window of [...this.electron.windows]) window.destroy();
    await this.electron.settled();
    await this.close();
  }
}

/** Polls `probe` on the event loop until it returns something; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => T | undefined | null | false,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
