/**
 * The File commands (catalog ids open, save, saveAs, importCsv, export*) and
 * the mapping of Electron's menu items onto catalog commands, so the menu,
 * the header's File menu and the keyboard all run the same code.
 */
import type { MenuCommand } from '../../../preload/api';
import { notifyAction } from '../actions/ui';
import type { CommandId } from '../commands/catalog';
import type { Platform } from '../platform/platform';
import type { EditorStore } from '../store/create-store';
import { createDocumentFlows, type DocumentFlows } from './document-flows';
import { openCsvDialog, openExportDialog } from './file-dialogs';

export type FileCommandId = 'open' | 'save' | 'saveAs' | 'importCsv' | 'exportPng' | 'exportSvg' | 'exportJson';

export const MENU_TO_COMMAND: Readonly<Record<MenuCommand, CommandId>> = {
  'file.new': 'newPlan',
  'file.open': 'open',
  'file.save': 'save',
  'file.saveAs': 'saveAs',
  'file.importCsv': 'importCsv',
  'file.exportPng': 'exportPng',
  'file.exportSvg': 'exportSvg',
  'file.exportJson': 'exportJson',
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'view.fitView': 'fitView',
  'view.toggleMinimap': 'minimap',
};

export interface FileCommands {
  readonly flows: DocumentFlows;
  readonly handlers: Readonly<Record<FileCommandId, () => void>>;
}

export function createFileCommands(
  store: EditorStore,
  platform: Platform,
  hooks: { readonly onLoaded: () => void; readonly run: (id: CommandId) => void },
): FileCommands {
  const flows = createDocumentFlows(store, platform, {
    onLoaded: hooks.onLoaded,
    runMenu: (command) => {
      hooks.run(MENU_TO_COMMAND[command]);
    },
  });

  async function pickCsv(): Promise<void> {
    const result = await platform.importCsv();
    if (result.status === 'read') openCsvDialog({ fileName: result.fileName, bytes: result.bytes });
    else if (result.status === 'failed' && platform.kind === 'web')
      store.getState().dispatch(notifyAction, { tone: 'error', text: result.message });
  }

  return {
    flows,
    handlers: {
      open: () => void flows.open(),
      save: () => void flows.save(),
      saveAs: () => void flows.saveAs(),
      importCsv: () => void pickCsv(),
      exportPng: () => {
        openExportDialog('png');
      },
      exportSvg: () => {
        openExportDialog('svg');
      },
      exportJson: () => void flows.exportJson(),
    },
  };
}
