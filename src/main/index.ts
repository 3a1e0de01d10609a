/**
 * The Electron main process: security set-up before anything loads, then
 * settings, drafts, the app:// protocol, IPC, the menu and the first window;
 * files to open arrive from the command line, the OS and second launches.
 */
import { join } from 'node:path';
import { app, ipcMain, protocol, session, shell } from 'electron';
import { parsePlanOffThread } from '../node/files/parse-plan-off-thread';
import parsePlanThreadPath from '../node/files/parse-plan-thread?modulePath';
import { planPathFromArgv, planPathFromOpenFile } from './cli-args';
import { askRestoreDraft } from './dialogs';
import { registerIpcHandlers } from './ipc/register';
import { appMenuUpdater } from './app-menu';
import { isAllowedExternalUrl } from './links';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  devServerUrl,
} from './protocol';
import { DraftStore } from './recovery/drafts';
import { offerDrafts } from './recovery/restore-flow';
import { RecentFiles } from './settings/recent-files';
import { Settings } from './settings/settings';
import { openSettings } from './settings/store';
import { originOf, type SenderPolicy } from './ipc/validate-sender';
import { hardenSession, hardenWebContents } from './window/security';
import { APP_NAME } from './window/title';
import { Windows } from './windows';

const log = (message: string): void => {
  console.warn(`[org-planner] ${message}`);
};
const leadingArgs = process.defaultApp ? 2 : 1;
const openExternal = (url: string): void => {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
};

// Before `ready`: the app:// scheme's privileges, the sandbox for every renderer, one instance.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
app.setName(APP_NAME);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let windows: Windows | undefined;
  const waitingPaths: string[] = [];
  const startPath = planPathFromArgv(process.argv, { cwd: process.cwd(), leadingArgs });
  if (startPath !== null) waitingPaths.push(startPath);

  const openFromOutside = (path: string): void => {
    if (windows === undefined) {
      waitingPaths.push(path);
      return;
    }
    const target = windows.current() ?? windows.create();
    windows.browserWindowOf(target)?.focus();
    target.requestOpen(path);
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    const plan = planPathFromOpenFile(path);
    if (plan !== null) openFromOutside(plan);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const plan = planPathFromArgv(argv, { cwd: workingDirectory, leadingArgs });
    if (plan !== null) openFromOutside(plan);
    else if (windows !== undefined) {
      const target = windows.current();
      if (target === undefined) windows.create();
      else windows.browserWindowOf(target)?.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { openExternal, log });
  });

  /** The app:// protocol, the hardened session and the About panel; returns the IPC origin policy and the dev server. */
  const secureApp = () => {
    const devUrl = devServerUrl(process.env, app.isPackaged);
    const devOrigin = devUrl === null ? null : originOf(devUrl);
    const policy = { trustedOrigins: devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin] };
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')));
    hardenSession(session.defaultSession, policy, devOrigin, log);
    app.setAboutPanelOptions({
      applicationName: APP_NAME,
      applicationVersion: app.getVersion(),
      version: `Electron ${process.versions.electron}`,
      copyright: 'MIT License',
    });
    return { devUrl, policy };
  };

  const registerIpc = (appWindows: Windows, settings: Settings, policy: SenderPolicy): void => {
    const platform = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
    registerIpcHandlers(ipcMain, {
      policy,
      log,
      contextFor: (id) => {
        const window = appWindows.byWebContentsId(id);
        return window === undefined
          ? undefined
          : { window, app: { settings, appInfo: { name: APP_NAME, version: app.getVersion(), platform } } };
      },
    });
  };

  /** The first window, then drafts left by a crash, then the files that waited for a window. */
  const openFirstWindow = async (appWindows: Windows, drafts: DraftStore): Promise<void> => {
    const first = appWindows.create();
    await appWindows.whenShown(first);
    const openDrafts = new Set(appWindows.all().map((w) => w.session.draft.id));
    await offerDrafts({
      store: drafts,
      exclude: openDrafts,
      ask: (name, savedAt, path) => askRestoreDraft(appWindows.browserWindowOf(first), name, savedAt, path),
      windowFor: () => Promise.resolve(first.session.pristine ? first : appWindows.create()),
    });
    for (const path of waitingPaths.splice(0)) openFromOutside(path);
  };

  const handleLifecycle = (appWindows: Windows): void => {
    app.on('activate', () => {
      if (appWindows.all().length === 0) appWindows.create();
    });
    app.on('before-quit', (event) => {
      if (!appWindows.beginQuit()) event.preventDefault();
    });
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin' || appWindows.isQuitting) app.quit();
    });
  };

  void app.whenReady().then(async () => {
    const userData = app.getPath('userData');
    const settings = new Settings(openSettings({ cwd: userData, log }).backend, log);
    const drafts = new DraftStore(join(userData, 'drafts'));
    const { devUrl, policy } = secureApp();
    const rebuildMenu = appMenuUpdater({ app, windows: () => windows, recent: () => recent, openExternal });
    const recent = new RecentFiles(settings, () => void rebuildMenu(), app);
    const appWindows = new Windows({
      settings,
      drafts,
      recent,
      preloadPath: join(__dirname, '../preload/index.js'),
      // Opened files are checked off the UI thread; electron-vite builds the thread's entry on its own.
      parsePlanBytes: parsePlanOffThread(parsePlanThreadPath),
      entryUrl: devUrl ?? APP_ENTRY_URL,
      log,
    });
    windows = appWindows;
    registerIpc(appWindows, settings, policy);
    await rebuildMenu();
    app.on('browser-window-focus', () => void rebuildMenu());
    await openFirstWindow(appWindows, drafts);
    handleLifecycle(appWindows);
  });
}
