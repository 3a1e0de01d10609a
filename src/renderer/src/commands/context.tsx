/** Gives every component the commands of the editor (toolbar buttons, palette, find box, keyboard). */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import { useEditorStore } from '../store/context';
import { createCommands, type CommandsApi } from './run-commands';

const CommandsContext = createContext<CommandsApi | null>(null);

export function CommandsProvider({ children }: { children: ReactNode }): ReactNode {
  const store = useEditorStore();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const commands = useMemo(() => createCommands(store, flow, flowStore), [store, flow, flowStore]);
  return <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>;
}

export function useCommands(): CommandsApi {
  const commands = useContext(CommandsContext);
  if (commands === null) throw new Error('useCommands outside <CommandsProvider>');
  return commands;
}
