/** Gives every component the commands of the editor (toolbar buttons, palette, find box, keyboard). */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import { usePlatform } from '../platform/context';
import { useEditorStore } from '../store/context';
import { createCommands, type CommandsApi } from './run-commands';

const CommandsContext = createContext<CommandsApi | null>(null);

export function CommandsProvider({ children }: { children: ReactNode }): ReactNode {
  const store = useEditorStore();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const platform = usePlatform();
  const commands = useMemo(() => createCommands(store, flow, flowStore, platform), [store, flow, flowStore, platform]);
  return <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>;
}

export function useCommands(): CommandsApi {
  const commands = useContext(CommandsContext);
  if (commands === null) throw new Error('useCommands outside <CommandsProvider>');
  return commands;
}
