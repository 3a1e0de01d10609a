/** Whether a command would run now, kept current for buttons: its `enabled` over the editor store and its history. */
import { useCallback, useSyncExternalStore } from 'react';
import type { CommandId } from '@shared/commands/catalog';
import { useEditorStore } from '../store/context';
import { useCommands } from './context';

export function useCommandEnabled(id: CommandId): boolean {
  const commands = useCommands();
  const store = useEditorStore();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const unsubscribers = [store.subscribe(onChange), store.temporal.subscribe(onChange)];
      return () => {
        for (const unsubscribe of unsubscribers) unsubscribe();
      };
    },
    [store],
  );
  return useSyncExternalStore(subscribe, () => commands.isEnabled(id));
}
