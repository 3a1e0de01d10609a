/**
 * The file feature's part of the commands: the document flows (whose menu
 * commands come back to the catalog through `hooks.run`) and picking a CSV
 * for the import dialog. The File commands themselves are in
 * commands/perform/file.ts.
 */
import type { CommandId } from '@shared/commands/catalog';
import { notifyAction } from '../actions/ui';
import type { Platform } from '../platform/platform';
import type { EditorStore } from '../store/create-store';
import { createDocumentFlows, type DocumentFlows } from './document-flows';
import { openCsvDialog } from './file-dialogs';

export interface FileCommands {
  readonly flows: DocumentFlows;
  readonly importCsv: () => void;
}

export function createFileCommands(
  store: EditorStore,
  platform: Platform,
  hooks: { readonly onLoaded: () => void; readonly run: (id: CommandId) => void },
): FileCommands {
  const flows = createDocumentFlows(store, platform, { onLoaded: hooks.onLoaded, runMenu: hooks.run });

  async function pickCsv(): Promise<void> {
    const result = await platform.importCsv();
    if (result.status === 'read') openCsvDialog({ fileName: result.fileName, bytes: result.bytes });
    else if (result.status === 'failed' && platform.kind === 'web')
      store.getState().dispatch(notifyAction, { tone: 'error', text: result.message });
  }

  return { flows, importCsv: () => void pickCsv() };
}
