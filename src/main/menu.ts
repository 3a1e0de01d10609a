/**
 * The native menu as a pure function of the platform and the recent files:
 * File, Edit, View, (Window), Help, plus the app menu on macOS. Standard items
 * use Electron's roles (they get the platform's own labels and accelerators);
 * the editor's commands come from the shared catalog (labels and shortcuts in
 * src/shared/commands/menu-commands.ts) and go to the renderer by their
 * catalog id through `actions.command`.
 */
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '@shared/commands/catalog';
import { toAccelerator } from '@shared/commands/keys';
import { NATIVE_MENU_COMMANDS, nativeShortcut, type NativeMenuItemId } from '@shared/commands/menu-commands';
import type { HelpLinkId } from './links';

export interface MenuActions {
  /** A catalog command for the focused window (undefined when no window has focus). */
  command(command: CommandId, windowId: number | undefined): void;
  openRecent(filePath: string, windowId: number | undefined): void;
  clearRecent(): void;
  openLink(link: HelpLinkId): void;
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly recentFiles: readonly string[];
  /** Adds Reload and Toggle Developer Tools (never in a packaged build). */
  readonly development: boolean;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

function commandItem(id: NativeMenuItemId, options: MenuOptions, actions: MenuActions): Item {
  const spec: (typeof NATIVE_MENU_COMMANDS)[NativeMenuItemId] = NATIVE_MENU_COMMANDS[id];
  const item: Item = {
    id,
    label: spec.label,
    click: (_item, window) => {
      actions.command(spec.command, window?.id);
    },
  };
  const shortcut = nativeShortcut(spec, options.platform);
  return shortcut === undefined ? item : { ...item, accelerator: toAccelerator(shortcut) };
}

function recentMenu(options: MenuOptions, actions: MenuActions): Item {
  const files: Item[] = options.recentFiles.map((filePath, index) => ({
    id: `recent.${index}`,
    // `&` is a mnemonic marker on Windows and Linux; `&&` shows one ampersand.
    label: options.platform === 'darwin' ? basename(filePath) : basename(filePath).replace(/&/g, '&&'),
    toolTip: filePath,
    click: (_item, window) => {
      actions.openRecent(filePath, window?.id);
    },
  }));
  return {
    id: 'file.openRecent',
    label: 'Open Recent',
    submenu: [
      ...(files.length > 0 ? files : [{ id: 'recent.none', label: 'No Recent Files', enabled: false }]),
      separator,
      {
        id: 'recent.clear',
        label: 'Clear Recently Opened',
        enabled: files.length > 0,
        click: () => {
          actions.clearRecent();
        },
      },
    ],
  };
}

function fileMenu(options: MenuOptions, actions: MenuActions): Item {
  const mac = options.platform === 'darwin';
  return {
    id: 'menu.file',
    label: mac ? 'File' : '&File',
    submenu: [
      commandItem('file.new', options, actions),
      commandItem('file.open', options, actions),
      recentMenu(options, actions),
      separator,
      commandItem('file.save', options, actions),
      commandItem('file.saveAs', options, actions),
      separator,
      commandItem('file.importCsv', options, actions),
      {
        id: 'file.export',
        label: 'Export',
        submenu: [
          commandItem('file.exportPng', options, actions),
          commandItem('file.exportSvg', options, actions),
          commandItem('file.exportPdf', options, actions),
          separator,
          commandItem('file.exportDrawio', options, actions),
          commandItem('file.exportMermaid', options, actions),
          commandItem('file.exportGraphml', options, actions),
          commandItem('file.exportCsv', options, actions),
          separator,
          commandItem('file.exportJson', options, actions),
        ],
      },
      separator,
      // `close` closes the window, which asks Save / Don't Save / Cancel when needed.
      { role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(mac
        ? []
        : [
            separator,
            { role: 'quit', accelerator: options.platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q' } satisfies Item,
          ]),
    ],
  };
}

function editMenu(options: MenuOptions, actions: MenuActions): Item {
  const mac = options.platform === 'darwin';
  // Undo and Redo are the plan's history, not the text field's: the renderer decides which applies.
  return {
    id: 'menu.edit',
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      commandItem('edit.undo', options, actions),
      commandItem('edit.redo', options, actions),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(options: MenuOptions, actions: MenuActions): Item {
  const development: Item[] = options.development
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return {
    id: 'menu.view',
    label: options.platform === 'darwin' ? 'View' : '&View',
    submenu: [
      commandItem('view.fitView', options, actions),
      commandItem('view.toggleMinimap', options, actions),
      commandItem('view.compare', options, actions),
      commandItem('view.cardFields', options, actions),
      separator,
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(options: MenuOptions, actions: MenuActions): Item {
  const link = (label: string, id: HelpLinkId): Item => ({
    id: `help.${id}`,
    label,
    click: () => {
      actions.openLink(id);
    },
  });
  const about: Item[] =
    options.platform === 'darwin' ? [] : [separator, { role: 'about', label: `About ${options.appName}` }];
  return {
    id: 'menu.help',
    role: 'help',
    label: options.platform === 'darwin' ? 'Help' : '&Help',
    submenu: [
      link(`${options.appName} Documentation`, 'documentation'),
      link('Plan File Format', 'planFormat'),
      link('Rules Reference', 'rules'),
      separator,
      link('Report an Issue', 'reportIssue'),
      ...about,
    ],
  };
}

function appMenu(options: MenuOptions): Item {
  return {
    id: 'menu.app',
    label: options.appName,
    submenu: [
      { role: 'about', label: `About ${options.appName}` },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): Item[] {
  const menus = [fileMenu(options, actions), editMenu(options, actions), viewMenu(options, actions)];
  if (options.platform === 'darwin') {
    return [appMenu(options), ...menus, { id: 'menu.window', role: 'windowMenu' }, helpMenu(options, actions)];
  }
  return [...menus, helpMenu(options, actions)];
}
