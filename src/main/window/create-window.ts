/**
 * Creates an editor window: secure web preferences, bounds restored only onto
 * a visible display, and the BrowserWindow's events routed to `AppWindow`.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { COMMAND_CHANNEL } from '../../preload/channels';
import type { AppWindow } from './app-window';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type SavedWindowState, type WindowPlacement } from './bounds';
import type { WindowHandle } from './app-window';
import { APP_NAME } from './title';

/** Size, title and behaviour; the web preferences are written out in createBrowserWindow. */
export function windowOptions(placement: WindowPlacement): BrowserWindowConstructorOptions {
  const size = placement.bounds ?? DEFAULT_WINDOW_SIZE;
  return {
    ...size,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
  };
}

export function windowHandle(window: BrowserWindow): WindowHandle {
  return {
    id: window.id,
    webContentsId: window.webContents.id,
    setTitle: (title) => {
      if (!window.isDestroyed()) window.setTitle(title);
    },
    setDocumentEdited: (edited) => {
      if (!window.isDestroyed() && process.platform === 'darwin') window.setDocumentEdited(edited);
    },
    setRepresentedFilename: (path) => {
      if (!window.isDestroyed() && process.platform === 'darwin') window.setRepresentedFilename(path);
    },
    send: (command) => {
      if (!window.isDestroyed()) window.webContents.send(COMMAND_CHANNEL, command);
    },
    close: () => {
      if (!window.isDestroyed()) window.close();
    },
    reload: () => {
      if (!window.isDestroyed()) window.webContents.reload();
    },
  };
}

export function createBrowserWindow(placement: WindowPlacement, preloadPath: string): BrowserWindow {
  // Electron security checklist: isolation, sandbox, no Node in the page, web security on, nothing
  // experimental, no <webview>, no middle-click windows. Written inline so audits (electronegativity) see them.
  const window = new BrowserWindow({
    ...windowOptions(placement),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      safeDialogs: true,
    },
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  return window;
}

export interface WindowEventDeps {
  /** Called when the window is allowed to close, with where it was, for the next start. */
  readonly saveState: (state: SavedWindowState) => void;
  readonly onClosed: () => void;
  /** The renderer crashed: ask whether to reload the window. */
  readonly onCrashed: () => void;
  readonly log?: (message: string) => void;
}

/** Routes the BrowserWindow's life-cycle events to the AppWindow's rules. */
export function wireWindowEvents(window: BrowserWindow, appWindow: AppWindow, deps: WindowEventDeps): void {
  window.on('close', (event) => {
    if (!appWindow.closeAttempt()) {
      event.preventDefault();
      return;
    }
    deps.saveState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  // The title is main's (`• Name — Org Planner`), not the page's <title>.
  window.on('page-title-updated', (event) => {
    event.preventDefault();
  });
  window.on('closed', () => {
    deps.onClosed();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    deps.log?.(`renderer gone: ${details.reason}`);
    if (details.reason === 'clean-exit') return;
    void appWindow.rendererGone().then(() => {
      deps.onCrashed();
    });
  });
  window.on('unresponsive', () => {
    deps.log?.('renderer unresponsive');
    void appWindow.rendererUnresponsive();
  });
  window.on('responsive', () => {
    appWindow.rendererResponsive();
  });
}
