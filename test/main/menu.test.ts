import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { CommandId } from '@shared/commands/catalog';
import type { HelpLinkId } from '../../src/main/links';
import { buildMenuTemplate, type MenuOptions } from '../../src/main/menu';

type Item = MenuItemConstructorOptions;

function recorder() {
  const calls: string[] = [];
  return {
    calls,
    actions: {
      command: (command: CommandId, windowId: number | undefined) =>
        calls.push(`command:${command}:${windowId ?? '-'}`),
      openRecent: (path: string) => calls.push(`recent:${path}`),
      clearRecent: () => calls.push('clear'),
      openLink: (id: HelpLinkId) => calls.push(`link:${id}`),
    },
  };
}

function build(platform: NodeJS.Platform, extra: Partial<MenuOptions> = {}) {
  const { calls, actions } = recorder();
  const template = buildMenuTemplate(
    { platform, appName: 'Org Planner', recentFiles: [], development: false, ...extra },
    actions,
  );
  return { template, calls };
}

/** Every item of the template, depth first. */
function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function byId(items: readonly Item[], id: string): Item {
  const found = flatten(items).find((item) => item.id === id);
  if (found === undefined) throw new Error(`no menu item ${id}`);
  return found;
}

function roles(items: readonly Item[]): string[] {
  return flatten(items).flatMap((item) => (item.role === undefined ? [] : [item.role]));
}

function click(item: Item, windowId?: number): void {
  // Electron calls click(menuItem, window, event); the builder only reads the window's id.
  (item.click as unknown as (menuItem: unknown, window: { id: number } | undefined) => void)(
    {},
    windowId === undefined ? undefined : { id: windowId },
  );
}

describe('native menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)(
    'has File, Edit, View and Help with the standard shortcuts on %s',
    (platform) => {
      const { template } = build(platform);
      const labels = template.map((item) => item.label?.replace('&', ''));
      expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
      expect(byId(template, 'file.new').accelerator).toBe('CmdOrCtrl+N');
      expect(byId(template, 'file.open').accelerator).toBe('CmdOrCtrl+O');
      expect(byId(template, 'file.save').accelerator).toBe('CmdOrCtrl+S');
      expect(byId(template, 'file.saveAs').accelerator).toBe('CmdOrCtrl+Shift+S');
      expect(byId(template, 'edit.undo').accelerator).toBe('CmdOrCtrl+Z');
      expect(roles(template)).toEqual(
        expect.arrayContaining(['close', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'zoomIn', 'about']),
      );
      expect(roles(template)).not.toContain('toggleDevTools');
    },
  );

  it('on macOS: the app menu holds About, Services, Hide and Quit; a Window menu; no Quit in File', () => {
    const { template } = build('darwin');
    expect(template[0]?.label).toBe('Org Planner');
    expect(roles([template[0]!])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(template.some((item) => item.role === 'windowMenu')).toBe(true);
    expect(roles([byId(template, 'menu.file')])).not.toContain('quit');
    expect(byId(template, 'edit.redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('on Windows and Linux: Quit in File, About in Help, mnemonics, the platform’s Redo', () => {
    const win = build('win32').template;
    const linux = build('linux').template;
    expect(win.some((item) => item.label === 'Org Planner')).toBe(false);
    expect(roles([byId(win, 'menu.file')])).toContain('quit');
    expect(roles([byId(win, 'menu.help')])).toContain('about');
    expect(byId(win, 'menu.file').label).toBe('&File');
    // CmdOrCtrl is Ctrl on Windows.
    expect(byId(win, 'edit.redo').accelerator).toBe('CmdOrCtrl+Y');
    expect(byId(linux, 'edit.redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(flatten([byId(linux, 'menu.file')]).find((i) => i.role === 'quit')?.accelerator).toBe('Ctrl+Q');
  });

  it('sends catalog commands to the window the menu was used in', () => {
    const { template, calls } = build('linux');
    click(byId(template, 'file.save'), 7);
    click(byId(template, 'file.exportPng'));
    click(byId(template, 'edit.redo'), 7);
    expect(calls).toEqual(['command:save:7', 'command:exportPng:-', 'command:redo:7']);
  });

  it('lists recent files by name, opens them, and can clear them', () => {
    const { template, calls } = build('win32', { recentFiles: ['/plans/R&D.orgplan.json', '/plans/b.orgplan.json'] });
    const first = byId(template, 'recent.0');
    expect(first.label).toBe('R&&D.orgplan.json');
    expect(first.toolTip).toBe('/plans/R&D.orgplan.json');
    click(first);
    click(byId(template, 'recent.clear'));
    expect(calls).toEqual(['recent:/plans/R&D.orgplan.json', 'clear']);
  });

  it('shows a disabled placeholder and a disabled Clear when there are no recent files', () => {
    const { template } = build('darwin');
    expect(byId(template, 'recent.none').enabled).toBe(false);
    expect(byId(template, 'recent.clear').enabled).toBe(false);
  });

  it('opens help links by id, and has developer tools only in development', () => {
    const { template, calls } = build('linux');
    click(byId(template, 'help.reportIssue'));
    expect(calls).toEqual(['link:reportIssue']);
    expect(roles(build('linux', { development: true }).template)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });
});
