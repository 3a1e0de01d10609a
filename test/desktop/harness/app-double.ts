/**
 * Electron's `app`: paths in a temporary userData folder, `whenReady`, the
 * single-instance lock shared by the main runs of one test process (a second
 * run on the same userData gets `false` and the first gets `second-instance`
 * with its argv), and `quit` as Electron does it: `before-quit` (preventable),
 * then every window is asked to close, and one that refuses stops the quit.
 */
import { EventEmitter } from 'node:events';
import { PreventableEvent } from './browser-window';

export interface AppHost {
  readonly paths: Readonly<Record<string, string>>;
  readonly version: string;
  /** This run's command line (`process.argv` of the process Electron would start) and working folder. */
  readonly argv: readonly string[];
  readonly cwd: string;
  /** Closes every window; false when one of them prevented it. */
  closeAllWindows(): boolean;
}

/** Who holds the single-instance lock, per userData folder, across the runs of this process. */
const lockHolders = new Map<string, AppDouble>();

export type AppState = 'starting' | 'running' | 'quitting' | 'quit';

export class AppDouble extends EventEmitter {
  readonly isPackaged = false;
  readonly osRecentDocuments: string[] = [];
  name = '';
  sandboxEnabled = false;
  aboutPanelOptions: unknown = null;
  private current: AppState = 'starting';
  private markReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  private markQuit: () => void = () => undefined;
  /** Resolves when the app has quit (main called `app.quit()` and nothing stopped it). */
  readonly whenQuit = new Promise<void>((resolve) => (this.markQuit = resolve));

  constructor(private readonly host: AppHost) {
    super();
  }

  get state(): AppState {
    return this.current;
  }

  isReady(): boolean {
    return this.current !== 'starting';
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** The harness calls this once main's module has run, as Electron does after loading the app. */
  becomeReady(): void {
    if (this.current !== 'starting') return;
    this.current = 'running';
    this.emit('ready', new PreventableEvent(), {});
    this.markReady();
  }

  enableSandbox(): void {
    if (this.isReady()) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxEnabled = true;
  }

  setName(name: string): void {
    this.name = name;
  }

  getName(): string {
    return this.name;
  }

  getVersion(): string {
    return this.host.version;
  }

  getPath(name: string): string {
    const path = this.host.paths[name];
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  setAboutPanelOptions(options: unknown): void {
    this.aboutPanelOptions = options;
  }

  addRecentDocument(path: string): void {
    this.osRecentDocuments.push(path);
  }

  clearRecentDocuments(): void {
    this.osRecentDocuments.length = 0;
  }

  requestSingleInstanceLock(): boolean {
    const userData = this.getPath('userData');
    const holder = lockHolders.get(userData);
    if (holder !== undefined && holder !== this && holder.state !== 'quit') {
      const { argv, cwd } = this.host;
      // Electron tells the first instance asynchronously, from its own event loop.
      setImmediate(() => holder.emit('second-instance', new PreventableEvent(), [...argv], cwd, {}));
      return false;
    }
    lockHolders.set(userData, this);
    return true;
  }

  quit(): void {
    if (this.current === 'quitting' || this.current === 'quit') return;
    const before = new PreventableEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    const previous = this.current;
    this.current = 'quitting';
    if (!this.host.closeAllWindows()) {
      this.current = previous;
      return;
    }
    this.emit('will-quit', new PreventableEvent());
    this.current = 'quit';
    if (lockHolders.get(this.getPath('userData')) === this) lockHolders.delete(this.getPath('userData'));
    this.emit('quit', new PreventableEvent(), 0);
    this.markQuit();
  }
}
