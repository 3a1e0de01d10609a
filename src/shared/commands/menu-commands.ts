/**
 * Where catalog commands appear in menus: Electron's native menu (built in
 * src/main/menu.ts, which adds the roles, Open Recent and Help around these
 * items) and the header's File menu in the page. The native menu keeps the
 * platform's usual wording ("Save As…"), so its labels are its own; the
 * shortcut and what runs always come from the catalog command.
 */
import { COMMANDS, type CommandId } from './catalog';

/** The item's accelerator: one of its command's shortcuts, optionally another one on Windows. */
export type MenuShortcut = string | { readonly win32: string; readonly other: string };

export interface NativeMenuCommand {
  readonly command: CommandId;
  readonly label: string;
  /** Omitted where the native menu shows no accelerator (the page's keyboard handler still binds the keys). */
  readonly shortcut?: MenuShortcut;
}

export const NATIVE_MENU_COMMANDS = {
  'file.new': { command: 'newPlan', label: 'New', shortcut: 'Mod+N' },
  'file.open': { command: 'open', label: 'Open…', shortcut: 'Mod+O' },
  'file.save': { command: 'save', label: 'Save', shortcut: 'Mod+S' },
  'file.saveAs': { command: 'saveAs', label: 'Save As…', shortcut: 'Shift+Mod+S' },
  'file.importCsv': { command: 'importCsv', label: 'Import CSV…' },
  'file.exportPng': { command: 'exportPng', label: 'PNG Image…', shortcut: 'Shift+Mod+E' },
  'file.exportSvg': { command: 'exportSvg', label: 'SVG Image…' },
  'file.exportPdf': { command: 'exportPdf', label: 'PDF Document…' },
  'file.exportJson': { command: 'exportJson', label: 'Copy as JSON…' },
  'file.exportDrawio': { command: 'exportDrawio', label: 'draw.io Diagram…' },
  'file.exportMermaid': { command: 'exportMermaid', label: 'Mermaid Flowchart…' },
  'file.exportGraphml': { command: 'exportGraphml', label: 'GraphML Graph…' },
  'file.exportCsv': { command: 'exportCsv', label: 'People as CSV…' },
  'edit.undo': { command: 'undo', label: 'Undo', shortcut: 'Mod+Z' },
  // Windows users expect Ctrl+Y; both are catalog shortcuts of Redo.
  'edit.redo': { command: 'redo', label: 'Redo', shortcut: { win32: 'Mod+Y', other: 'Shift+Mod+Z' } },
  'view.fitView': { command: 'fitView', label: 'Fit Plan to Window', shortcut: 'Mod+1' },
  'view.toggleMinimap': { command: 'minimap', label: 'Show Minimap' },
  'view.compare': { command: 'compare', label: 'Compare With…' },
  'view.cardFields': { command: 'cardFields', label: 'Fields on Cards…' },
} as const satisfies Record<string, NativeMenuCommand>;

export type NativeMenuItemId = keyof typeof NATIVE_MENU_COMMANDS;

/** The shortcut spec a native item shows on `platform`, if any. */
export function nativeShortcut(item: NativeMenuCommand, platform: string): string | undefined {
  const shortcut = item.shortcut;
  if (shortcut === undefined || typeof shortcut === 'string') return shortcut;
  return platform === 'win32' ? shortcut.win32 : shortcut.other;
}

/** Every shortcut a command may be bound to: its own, and those only a native menu binds. */
export function allShortcuts(command: CommandId): readonly string[] {
  const meta: { readonly keys: readonly string[]; readonly menuOnlyKeys?: readonly string[] } = COMMANDS[command];
  return [...meta.keys, ...(meta.menuOnlyKeys ?? [])];
}

/** The header's File menu (the browser has no native menu); null is a separator. */
export const FILE_MENU: readonly (CommandId | null)[] = [
  'newPlan',
  'open',
  null,
  'save',
  'saveAs',
  null,
  'importCsv',
  null,
  'compare',
  null,
  'exportPng',
  'exportSvg',
  'exportPdf',
  'exportDrawio',
  'exportMermaid',
  'exportGraphml',
  'exportCsv',
  'exportJson',
];
