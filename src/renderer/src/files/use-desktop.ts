/**
 * Wires the document to the platform once the editor is on screen: title and
 * drafts, main's commands (menu, close, open requests, restored drafts) and
 * files dropped on the window.
 */
import { useEffect } from 'react';
import { useCommands } from '../commands/context';
import { usePlatform } from '../platform/context';
import { useEditorStore } from '../store/context';
import { syncDocumentState } from './sync-document';

const PLAN_FILE = /\.(json|png)$/i;

export function useDesktopIntegration(): void {
  const store = useEditorStore();
  const platform = usePlatform();
  const commands = useCommands();

  useEffect(() => syncDocumentState(store, platform), [store, platform]);

  useEffect(
    () =>
      platform.onCommand((command) => {
        commands.files.handleCommand(command);
      }),
    [platform, commands],
  );

  useEffect(() => {
    const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
    function onDragOver(event: DragEvent): void {
      if (!hasFiles(event) || event.defaultPrevented) return;
      // Without this the browser would navigate to the dropped file.
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    }
    function onDrop(event: DragEvent): void {
      if (!hasFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file !== undefined && PLAN_FILE.test(file.name)) void commands.files.openDropped(file);
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [commands]);
}
