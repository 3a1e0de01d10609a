/**
 * Electron's `Menu`, as far as main uses it: `buildFromTemplate` keeps the
 * template, `setApplicationMenu` records it, and the test clicks an item by
 * its label path (`File › Save As…`), which calls the item's `click` with the
 * focused window as Electron does. Roles the app uses to close a window or
 * quit do what Electron's roles do; other roles cannot be clicked here.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** The labels Electron gives role items that have none of their own (Linux and Windows). */
const ROLE_LABELS: Readonly<Record<string, string>> = {
  close: 'Close Window',
  quit: 'Quit',
  about: 'About',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  delete: 'Delete',
  selectAll: 'Select All',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  togglefullscreen: 'Toggle Full Screen',
};

/** What a label shows: `&File` → `File`, `R&&D` → `R&D` (the mnemonic marker is not shown). */
export function shownLabel(item: MenuItemConstructorOptions): string {
  const label = item.label ?? (item.role === undefined ? '' : (ROLE_LABELS[item.role] ?? item.role));
  return label.replace(/&(&?)/g, '$1');
}

export class MenuDouble {
  constructor(readonly template: readonly MenuItemConstructorOptions[]) {}

  static buildFromTemplate(template: MenuItemConstructorOptions[]): MenuDouble {
    return new MenuDouble(template);
  }

  /** The item at `File › Export › PNG Image…` (labels as shown), or an error that lists what was there. */
  find(path: string): MenuItemConstructorOptions {
    let items: readonly MenuItemConstructorOptions[] = this.template;
    let found: MenuItemConstructorOptions | undefined;
    for (const label of path.split('›').map((part) => part.trim())) {
      found = items.find((item) => shownLabel(item) === label);
      if (found === undefined)
        throw new Error(
          `No menu item "${label}" in ${path}; there are: ${items.map(shownLabel).filter(Boolean).join(', ')}`,
        );
      items = Array.isArray(found.submenu) ? found.submenu : [];
    }
    if (found === undefined) throw new Error(`Empty menu path: ${path}`);
    return found;
  }
}

export interface RoleTarget {
  /** Electron's `close` role: closes the focused window. */
  closeFocusedWindow(): void;
  quit(): void;
}

/** Clicks the item: its own `click`, or the role's action; a disabled item does nothing (as on screen). */
export function clickMenuItem(item: MenuItemConstructorOptions, focusedWindow: unknown, roles: RoleTarget): void {
  if (item.enabled === false) throw new Error(`Menu item "${shownLabel(item)}" is disabled`);
  if (item.click !== undefined) {
    (item.click as (menuItem: unknown, window: unknown, event: unknown) => void)(item, focusedWindow, {});
    return;
  }
  if (item.role === 'close') roles.closeFocusedWindow();
  else if (item.role === 'quit') roles.quit();
  else throw new Error(`The desktop double cannot click the "${String(item.role)}" role`);
}
