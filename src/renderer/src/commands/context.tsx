/** Gives every component the commands of the editor (toolbar buttons, palette, find box, keyboard). */
import { createContext, useContext, type ReactNode } from 'react';
import type { CommandsApi } from './command-types';

const CommandsContext = createContext<CommandsApi | null>(null);

export function CommandsProvider({ commands, children }: { commands: CommandsApi; children: ReactNode }): ReactNode {
  return <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>;
}

export function useCommands(): CommandsApi {
  const commands = useContext(CommandsContext);
  if (commands === null) throw new Error('useCommands outside <CommandsProvider>');
  return commands;
}
