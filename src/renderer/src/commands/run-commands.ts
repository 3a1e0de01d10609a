/**
 * What each command does. Store actions go through `dispatch`; view commands
 * (zoom, fit, centre) use the React Flow instance. Built once per canvas by
 * CommandsProvider and shared by the toolbar, the palette and the keyboard.
 */
import type { ReactFlowInstance, useStoreApi } from '@xyflow/react';
import type { NewNodeSpec } from '@shared/edit';
import { indexPlan } from '@shared/edit';
import type { Position } from '@shared/model/types';
import { addNodeAction } from '../actions/add-node';
import { autoLayoutAction } from '../actions/auto-layout';
import { copyAction, cutAction, duplicateAction, pasteAction } from '../actions/clipboard';
import { toggleCollapseAction } from '../actions/collapse';
import { deleteSelectionAction } from '../actions/delete-selection';
import { findNodeAction } from '../actions/find-node';
import { newPlanAction, type Template } from '../actions/new-plan';
import { escapeAction, selectAllAction, selectSubtreeAction } from '../actions/selection';
import { toggleProblemsAction } from '../actions/problems';
import { stepProblem } from '../problems/navigate';
import { toggleDottedLineAction } from '../actions/toggle-dotted-line';
import { setDialogAction, startRenameAction, toggleMinimapAction, updateSettingsAction } from '../actions/ui';
import { nodeSize } from '../canvas/geometry';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import type { DocumentFlows } from '../files/document-flows';
import { createFileCommands } from '../files/file-commands';
import { THEMES } from '@shared/settings/preferences';
import type { Platform } from '../platform/platform';
import type { EditorStore } from '../store/create-store';
import { hiddenNodes } from '../store/hidden';
import type { EditorState } from '../store/types';
import type { CommandId } from './catalog';
import { focusNextRegion } from './regions';
import { VIEW_ANIMATION } from '../canvas/view-animation';

export interface CommandsApi {
  run(id: CommandId): void;
  /** Select a node, highlight its chain and centre the view on it. */
  goToNode(id: string): void;
  /** Add a node at the centre of the view, or exactly at `at` (a flow position) when dropped there. */
  addNode(spec: NewNodeSpec, at?: Position): void;
  /** Replace the plan with the example (fitted to the view) or a blank one (at 100%), after asking about unsaved work. */
  startPlan(template: Template): void;
  /** The document flows: open, save, import... */
  readonly files: DocumentFlows;
}

type FlowStoreApi = ReturnType<typeof useStoreApi<FlowNode, FlowEdge>>;

export function createCommands(
  store: EditorStore,
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  flowStore: FlowStoreApi,
  platform: Platform,
): CommandsApi {
  const state = () => store.getState();
  const dispatch: EditorState['dispatch'] = (action, arg) => {
    store.getState().dispatch(action, arg);
  };

  function viewportCentre(): Position {
    const { width, height, transform } = flowStore.getState();
    const [tx, ty, zoom] = transform;
    return { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom };
  }

  function addNode(spec: NewNodeSpec, at?: Position): void {
    const size = nodeSize(spec.kind);
    const centre = at ?? viewportCentre();
    const topLeft = { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
    dispatch(addNodeAction, { spec, at: topLeft, exact: at !== undefined });
  }

  function fitSoon(): void {
    // Let React Flow receive the new nodes first.
    requestAnimationFrame(() => {
      void flow.fitView({ ...VIEW_ANIMATION, padding: 0.12 });
    });
  }

  function goToNode(id: string): void {
    dispatch(findNodeAction, id);
    const node = indexPlan(state().plan).nodeById.get(id);
    if (node === undefined) return;
    const size = nodeSize(node.kind);
    const position = node.position ?? { x: 0, y: 0 };
    void flow.setCenter(position.x + size.width / 2, position.y + size.height / 2, {
      zoom: Math.max(flow.getZoom(), 0.9),
      ...VIEW_ANIMATION,
    });
  }

  // `handlers` is defined below; these hooks only run later, from commands and menu items.
  const files = createFileCommands(store, platform, {
    onLoaded: () => {
      fitSoon();
    },
    run: (id) => {
      handlers[id]();
    },
  });

  function startPlan(template: Template): void {
    dispatch(setDialogAction, null);
    void files.flows.confirmNew().then((confirmed) => {
      if (confirmed) startNow(template);
    });
  }

  function startNow(template: Template): void {
    dispatch(newPlanAction, template);
    if (template === 'example') fitSoon();
    else {
      const { width, height } = flowStore.getState();
      // No animation: the next palette click must already see the new viewport.
      void flow.setViewport({ x: width / 2, y: height / 3, zoom: 1 });
    }
  }

  const handlers: Record<CommandId, () => void> = {
    newPlan: () => {
      dispatch(setDialogAction, 'start');
    },
    addPm: () => {
      addNode({ kind: 'pm' });
    },
    addPo: () => {
      addNode({ kind: 'po' });
    },
    addPerson: () => {
      addNode({ kind: 'person' });
    },
    addTeam: () => {
      addNode({ kind: 'team' });
    },
    addInternal: () => {
      addNode({ kind: 'stakeholder', scope: 'internal' });
    },
    addExternal: () => {
      addNode({ kind: 'stakeholder', scope: 'external' });
    },
    undo: () => {
      state().undo();
    },
    redo: () => {
      state().redo();
    },
    rename: () => {
      dispatch(startRenameAction, undefined);
    },
    delete: () => {
      dispatch(deleteSelectionAction, undefined);
    },
    selectAll: () => {
      dispatch(selectAllAction, hiddenNodes(state().plan, state().ui.collapsed));
    },
    selectSubtree: () => {
      const [first] = state().selection.nodes;
      if (first !== undefined) dispatch(selectSubtreeAction, first);
    },
    escape: () => {
      dispatch(escapeAction, undefined);
    },
    copy: () => {
      dispatch(copyAction, undefined);
    },
    cut: () => {
      dispatch(cutAction, undefined);
    },
    paste: () => {
      dispatch(pasteAction, undefined);
    },
    duplicate: () => {
      dispatch(duplicateAction, undefined);
    },
    toggleDotted: () => {
      dispatch(toggleDottedLineAction, undefined);
    },
    autoLayout: () => {
      dispatch(autoLayoutAction, undefined);
      fitSoon();
    },
    snap: () => {
      dispatch(updateSettingsAction, { snapToGrid: !state().ui.settings.snapToGrid });
    },
    collapse: () => {
      dispatch(toggleCollapseAction, undefined);
    },
    find: () => {
      const input = document.getElementById('op-find-input');
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
    },
    fitView: () => {
      void flow.fitView({ ...VIEW_ANIMATION, padding: 0.12 });
    },
    zoomIn: () => {
      void flow.zoomIn(VIEW_ANIMATION);
    },
    zoomOut: () => {
      void flow.zoomOut(VIEW_ANIMATION);
    },
    zoomReset: () => {
      void flow.zoomTo(1, VIEW_ANIMATION);
    },
    minimap: () => {
      dispatch(toggleMinimapAction, undefined);
    },
    theme: () => {
      const current = THEMES.indexOf(state().ui.settings.theme);
      const theme = THEMES[(current + 1) % THEMES.length] ?? 'system';
      dispatch(updateSettingsAction, { theme });
    },
    nextRegion: () => {
      focusNextRegion(document);
    },
    problems: () => {
      dispatch(toggleProblemsAction, 'problems');
    },
    nextProblem: () => {
      stepProblem(store, flow, 1);
    },
    previousProblem: () => {
      stepProblem(store, flow, -1);
    },
    shortcuts: () => {
      dispatch(setDialogAction, 'shortcuts');
    },
    ...files.handlers,
  };

  return {
    run: (id) => {
      handlers[id]();
    },
    goToNode,
    addNode,
    startPlan,
    files: files.flows,
  };
}
