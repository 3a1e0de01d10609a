/**
 * The native menu, the `?` sheet, the header's File menu and the key handler
 * are all built from the one command catalog: each surface resolves to
 * catalog commands, and every catalog shortcut reaches its command.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { commandForKey, shortcutSheet } from '@shared/commands/bindings';
import { COMMAND_IDS, COMMANDS, isCommandId, type CommandId, type CommandMeta } from '@shared/commands/catalog';
import { parseCombo, toAccelerator, type KeyEventLike } from '@shared/commands/keys';
import {
  allShortcuts,
  FILE_MENU,
  NATIVE_MENU_COMMANDS,
  nativeShortcut,
  type NativeMenuCommand,
} from '@shared/commands/menu-commands';
import { buildMenuTemplate } from '../../../src/main/menu';

/** The key event a user makes for a catalog shortcut ("Shift+Mod+Z" → Ctrl+Shift+Z off macOS). */
function pressFor(spec: string, mac: boolean): KeyEventLike {
  const combo = parseCombo(spec);
  const letter = /^[A-Z]$/.test(combo.key);
  const digit = /^[0-9]$/.test(combo.key);
  return {
    key: letter ? (combo.shift ? combo.key : combo.key.toLowerCase()) : combo.key,
    code: letter ? `Key${combo.key}` : digit ? `Digit${combo.key}` : '',
    ctrlKey: combo.mod && !mac,
    metaKey: combo.mod && mac,
    shiftKey: combo.shift,
    altKey: combo.alt,
  };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('one command catalog', () => {
  it.each([false, true])('runs each command from each of its shortcuts (macOS: %s)', (mac) => {
    for (const id of COMMAND_IDS) {
      const meta: CommandMeta = COMMANDS[id];
      for (const spec of meta.keys)
        expect(commandForKey(pressFor(spec, mac), mac, false, meta.canvasOnly === true), spec).toBe(id);
    }
  });

  it('runs the canvas’s arrow keys only on the canvas, so lists, menus and radio groups keep them', () => {
    expect(commandForKey(pressFor('ArrowLeft', false), false, false)).toBeUndefined();
    expect(commandForKey(pressFor('Shift+ArrowUp', false), false, false)).toBeUndefined();
    expect(commandForKey(pressFor('ArrowLeft', false), false, false, true)).toBe('focusLeft');
    expect(commandForKey(pressFor('Shift+ArrowUp', false), false, false, true)).toBe('nudgeUp');
    // Not while renaming a card in place.
    expect(commandForKey(pressFor('ArrowLeft', false), false, true, true)).toBeUndefined();
  });

  it('in a text field runs only the commands marked for text fields', () => {
    expect(commandForKey(pressFor('Mod+S', false), false, true)).toBe('save');
    expect(commandForKey(pressFor('P', false), false, true)).toBeUndefined();
  });

  it('lists every command with a shortcut in the ? sheet, once, with its catalog label and keys', () => {
    const rows = shortcutSheet().flatMap((section) => section.rows);
    const withKeys = COMMAND_IDS.filter((id) => (COMMANDS[id] as CommandMeta).keys.length > 0);
    expect(rows.map((row) => row.id).sort()).toEqual([...withKeys].sort());
    for (const row of rows) {
      expect(row.label).toBe(COMMANDS[row.id].label);
      expect(row.keys).toEqual(COMMANDS[row.id].keys);
    }
  });

  it('gives every native menu item a catalog command and one of its shortcuts', () => {
    for (const [itemId, item] of Object.entries(NATIVE_MENU_COMMANDS) as [string, NativeMenuCommand][]) {
      expect(isCommandId(item.command), itemId).toBe(true);
      for (const platform of ['darwin', 'win32', 'linux']) {
        const spec = nativeShortcut(item, platform);
        if (spec !== undefined) expect(allShortcuts(item.command), `${itemId} on ${platform}`).toContain(spec);
      }
    }
  });

  it.each(['darwin', 'win32', 'linux'] as const)('builds the native menu’s command items from it on %s', (platform) => {
    const sent: CommandId[] = [];
    const template = buildMenuTemplate(
      { platform, appName: 'Org Planner', recentFiles: [], development: false },
      {
        command: (command) => sent.push(command),
        openRecent: () => undefined,
        clearRecent: () => undefined,
        openLink: () => undefined,
      },
    );
    const items = flatten(template).filter((item) => item.id !== undefined && item.id in NATIVE_MENU_COMMANDS);
    expect(items.map((item) => item.id).sort()).toEqual(Object.keys(NATIVE_MENU_COMMANDS).sort());
    for (const item of items) {
      const spec: NativeMenuCommand = NATIVE_MENU_COMMANDS[item.id as keyof typeof NATIVE_MENU_COMMANDS];
      const shortcut = nativeShortcut(spec, platform);
      expect(item.accelerator).toBe(shortcut === undefined ? undefined : toAccelerator(shortcut));
      (item.click as unknown as (menuItem: unknown, window: undefined) => void)({}, undefined);
    }
    expect(sent).toEqual(
      items.map((item) => NATIVE_MENU_COMMANDS[item.id as keyof typeof NATIVE_MENU_COMMANDS].command),
    );
  });

  it('puts only catalog commands in the header’s File menu', () => {
    for (const id of FILE_MENU) if (id !== null) expect(isCommandId(id), id).toBe(true);
    expect(isCommandId('file.save')).toBe(false);
    expect(isCommandId('toString')).toBe(false);
  });
});
