/**
 * The Electron main process: security set-up before anything loads, then
 * settings, drafts, the app:// protocol, IPC, the menu and the first window;
 * files to open arrive from the command line, the OS and second launches.
 */
import { join } from 'node:path';
import { app, ipcMain, Menu, protocol, session, shell } from 'electron';
import { planPathFromArgv, planPathFromOpenFile } from './cli-args';
import { askRestoreDraft } from './dialogs';
import { registerIpcHandlers } from './ipc/register';
import { HELP_LINKS, isAllowedExternalUrl, type HelpLinkId } from './links';
import { buildMenuTemplate } from './menu';
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
import { originOf } from './ipc/validate-sender';
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

  void app.whenReady().then(async () => {
    const userData = app.getPath('userData');
    const opened = openSettings({ cwd: userData, log });
    const settings = new Settings(opened.backend, log);
    const drafts = new DraftStore(join(userData, 'drafts'));
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

    const rebuildMenu = async (): Promise<void> => {
      const template = buildMenuTemplate(
        {
          platform: process.platform,
          appName: APP_NAME,
          recentFiles: await recent.pruned(),
          development: !app.isPackaged,
        },
        {
          command: (command, windowId) => {
            const target = windows?.byWindowId(windowId) ?? windows?.current() ?? windows?.create();
            target?.commands.send({ type: 'menu', command });
          },
          openRecent: (path, windowId) => {
            const target = windows?.byWindowId(windowId) ?? windows?.current() ?? windows?.create();
            target?.requestOpen(path);
          },
          clearRecent: () => {
            recent.clear();
          },
          openLink: (id: HelpLinkId) => {
            openExternal(HELP_LINKS[id]);
          },
        },
      );
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };
    const recent = new RecentFiles(settings, () => void rebuildMenu(), app);
    const appWindows = new Windows({
      settings,
      drafts,
      recent,
      preloadPath: join(__dirname, '../preload/index.js'),
      entryUrl: devUrl ?? APP_ENTRY_URL,
      log,
    });
    windows = appWindows;
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
    await rebuildMenu();
    app.on('browser-window-focus', () => void rebuildMenu());

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

    app.on('activate', () => {
      if (appWindows.all().length === 0) appWindows.create();
    });
    app.on('before-quit', (event) => {
      if (!appWindows.beginQuit()) event.preventDefault();
    });
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin' || appWindows.isQuitting) app.quit();
    });
  });
}
