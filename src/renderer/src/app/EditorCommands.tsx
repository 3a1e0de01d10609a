/**
 * Builds the editor's commands for this canvas and hands them to every
 * component. Here, in the app layer, the commands meet the features they
 * use (files, export, problems), which they may not import themselves.
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import { cardBoundsOf } from '../canvas/overview/plan-bounds';
import { createCanvasView } from '../commands/canvas-view';
import { CommandsProvider } from '../commands/context';
import { createCommands } from '../commands/create-commands';
import { createFileCommands } from '../files/file-commands';
import { openExportDialog } from '../files/file-dialogs';
import { usePlatform } from '../platform/context';
import { stepProblem } from '../problems/navigate';
import { useEditorStore } from '../store/context';
import { connectTestHookCanvas } from './test-hook';

export function EditorCommands({ children }: { children: ReactNode }): ReactNode {
  const store = useEditorStore();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const platform = usePlatform();
  const commands = useMemo(
    () =>
      createCommands(store, createCanvasView(flow, flowStore, cardBoundsOf(store)), (hooks) => {
        const files = createFileCommands(store, platform, hooks);
        return {
          files: files.flows,
          importCsv: files.importCsv,
          openExportDialog,
          stepProblem: (step) => {
            stepProblem(store, flow, step);
          },
        };
      }),
    [store, flow, flowStore, platform],
  );
  // The browser benchmark opens files as File › Open does, fit included (web builds only).
  useEffect(() => connectTestHookCanvas(window, commands, flow), [commands, flow]);
  return <CommandsProvider commands={commands}>{children}</CommandsProvider>;
}
