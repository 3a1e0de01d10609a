/**
 * A tiny read-only window into the editor for the end-to-end tests (web
 * platform only): they drive the UI like a user and read the plan here.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { Plan } from '@shared/model/types';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import type { CommandsApi } from '../commands/command-types';
import { fileCompareSource, openCompareAction } from '../compare/compare-state';
import { loadPlanAction } from '../files/load-plan';
import { parseOpened } from '../platform/open-file';
import type { EditorStore } from '../store/create-store';
import { isDirty } from '../store/slices/document-slice';

export interface OrgPlannerTestHook {
  getPlan(): Plan;
  getSelection(): { nodes: string[]; edges: string[] };
  isDirty(): boolean;
  /**
   * Opens plan JSON as a file would be opened (parseOpened, then loadPlanAction: a new, clean document); throws
   * when the text is not a valid plan. The viewport is left as it is.
   */
  loadPlanText(text: string): void;
  /** True once the canvas is mounted and `openPlanFile`/`setView` can be used. */
  canvasReady(): boolean;
  /**
   * Opens plan JSON exactly as File › Open does once a file is picked (read, parsed inline or in a worker, loaded,
   * fitted into view). For the browser benchmark: it times what a user gets.
   */
  openPlanFile(text: string, fileName?: string): Promise<void>;
  /**
   * Opens the compare view against plan JSON as "Compare with… › A plan file" does once the file is read (parsed,
   * laid out where positions are missing, never the window's plan); throws when the text is not a valid plan.
   * For the browser benchmark's compare row.
   */
  compareWithPlanText(text: string, fileName?: string): void;
  /** Moves the viewport at once (no animation): flow point (x, y) at the pane's top left, at `zoom`. */
  setView(view: { x: number; y: number; zoom: number }): void;
}

declare global {
  interface Window {
    __orgPlannerTest?: OrgPlannerTestHook;
  }
}

interface CanvasParts {
  readonly commands: CommandsApi;
  readonly flow: ReactFlowInstance<FlowNode, FlowEdge>;
}

/** The mounted canvas's commands and React Flow instance, per window (set by connectTestHookCanvas). */
const canvases = new WeakMap<Window, CanvasParts>();

function canvasOf(win: Window): CanvasParts {
  const parts = canvases.get(win);
  if (parts === undefined) throw new Error('the canvas is not mounted yet');
  return parts;
}

export function installTestHook(win: Window, store: EditorStore): void {
  win.__orgPlannerTest = Object.freeze({
    getPlan: () => store.getState().plan,
    getSelection: () => {
      const { nodes, edges } = store.getState().selection;
      return { nodes: [...nodes], edges: [...edges] };
    },
    isDirty: () => isDirty(store.getState()),
    loadPlanText: (text: string) => {
      const parsed = parseOpened('benchmark.json', text);
      if (!parsed.ok) throw new Error(parsed.message);
      store.getState().dispatch(loadPlanAction, { plan: parsed.plan, dirty: false });
    },
    compareWithPlanText: (text: string, fileName = 'compare.orgplan.json') => {
      const parsed = parseOpened(fileName, text);
      if (!parsed.ok) throw new Error(parsed.message);
      store.getState().dispatch(openCompareAction, fileCompareSource(fileName, parsed.plan));
    },
    canvasReady: () => canvases.has(win),
    openPlanFile: (text: string, fileName = 'benchmark.orgplan.json') =>
      canvasOf(win).commands.files.openDropped(new File([text], fileName, { type: 'application/json' })),
    setView: (view: { x: number; y: number; zoom: number }) => {
      void canvasOf(win).flow.setViewport({ x: -view.x * view.zoom, y: -view.y * view.zoom, zoom: view.zoom });
    },
  });
}

/** Lends the test hook the mounted canvas (a no-op when the hook is not installed: the desktop app). */
export function connectTestHookCanvas(
  win: Window,
  commands: CommandsApi,
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
): () => void {
  if (win.__orgPlannerTest === undefined) return () => undefined;
  canvases.set(win, { commands, flow });
  return () => {
    if (canvases.get(win)?.commands === commands) canvases.delete(win);
  };
}
