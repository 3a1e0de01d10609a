/**
 * Keeps Electron's application menu current: rebuilt from the template
 * (menu.ts) whenever the recent files change or a window gains the focus, with
 * each item's action aimed at the window it was used in.
 */
import { Menu, type App } from 'electron';
import { HELP_LINKS } from './links';
import { buildMenuTemplate, type MenuActions } from './menu';
import type { RecentFiles } from './settings/recent-files';
import { APP_NAME } from './window/title';
import type { Windows } from './windows';

export interface AppMenuDeps {
  readonly app: Pick<App, 'isPackaged'>;
  /** The windows, once they exist (menu items used before then open a window when they do). */
  readonly windows: () => Windows | undefined;
  readonly recent: () => RecentFiles;
  readonly openExternal: (url: string) => void;
}

function menuActions(deps: AppMenuDeps): MenuActions {
  const windowFor = (windowId: number | undefined) => {
    const windows = deps.windows();
    return windows?.byWindowId(windowId) ?? windows?.current() ?? windows?.create();
  };
  return {
    command: (command, windowId) => {
      windowFor(windowId)?.commands.send({ type: 'menu', command });
    },
    openRecent: (path, windowId) => {
      windowFor(windowId)?.requestOpen(path);
    },
    clearRecent: () => {
      deps.recent().clear();
    },
    openLink: (id) => {
      deps.openExternal(HELP_LINKS[id]);
    },
  };
}

/** Returns the function that rebuilds the menu (call it once to install it). */
export function appMenuUpdater(deps: AppMenuDeps): () => Promise<void> {
  const actions = menuActions(deps);
  return async () => {
    const options = {
      platform: process.platform,
      appName: APP_NAME,
      recentFiles: await deps.recent().pruned(),
      development: !deps.app.isPackaged,
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options, actions)));
  };
}
