/**
 * The shapes of the editor's commands in the renderer. A command's label,
 * shortcuts and group are catalog data (src/shared/commands/catalog.ts); its
 * `perform` and `enabled` are bound here, per group, in perform/*.ts, and
 * every menu, button and key runs it through `CommandsApi.run`.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { CommandId, CommandGroup, CommandIdIn } from '@shared/commands/catalog';
import type { NewNodeSpec } from '@shared/edit';
import type { Position } from '@shared/model/types';
import type { ExportFormat } from '../../../preload/api';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import type { DocumentFlows } from '../files/document-flows';
import type { EditorStore } from '../store/create-store';
import type { EditorState } from '../store/types';
import type { Template } from '../actions/new-plan';

/** What the feature folders lend the commands (they sit above this layer, so they are passed in, not imported). */
export interface CommandFeatures {
  /** The document flows: open, save, import... */
  readonly files: DocumentFlows;
  /** Asks the platform for a CSV file and opens the import dialog on it. */
  readonly importCsv: () => void;
  readonly openExportDialog: (format: ExportFormat) => void;
  /** Selects the next (1) or previous (-1) problem and shows it. */
  readonly stepProblem: (step: 1 | -1) => void;
}

/** Moves of the React Flow viewport the commands need. */
export interface CanvasView {
  readonly flow: ReactFlowInstance<FlowNode, FlowEdge>;
  /** The flow position at the centre of the visible canvas. */
  readonly centre: () => Position;
  /** Fits the chart to the canvas, clear of the minimap. */
  readonly fit: () => void;
  /** The view is still as the last fit left it (the user has not panned or zoomed since). */
  readonly isFitted: () => boolean;
  /** Fits again once the canvas has changed size (a side panel folding), if it does within a second. */
  readonly refitWhenResized: () => void;
  /** Fits once React Flow has received nodes that were just added. */
  readonly fitSoon: () => void;
  /** 100% with the plan's origin near the top middle, at once: a blank plan. */
  readonly resetForBlank: () => void;
}

/** Everything a command's `perform` may use. */
export interface CommandContext {
  readonly store: EditorStore;
  readonly state: () => EditorState;
  readonly dispatch: EditorState['dispatch'];
  readonly view: CanvasView;
  readonly features: CommandFeatures;
}

export interface CommandBehaviour {
  readonly perform: (context: CommandContext) => void;
  /** When false the command does nothing (keys, menus and buttons alike); always enabled when omitted. */
  readonly enabled?: (store: EditorStore) => boolean;
}

/** One group's behaviours: the type checks that a perform/*.ts file covers exactly its group. */
export type GroupBehaviours<G extends CommandGroup> = Readonly<Record<CommandIdIn<G>, CommandBehaviour>>;

export interface CommandsApi {
  run(id: CommandId): void;
  /** Whether `run(id)` would do something now. */
  isEnabled(id: CommandId): boolean;
  /** Select a node, highlight its chain and centre the view on it. */
  goToNode(id: string): void;
  /** Add a node at the centre of the view, or exactly at `at` (a flow position) when dropped there. */
  addNode(spec: NewNodeSpec, at?: Position): void;
  /** Replace the plan with the example (fitted to the view) or a blank one (at 100%), after asking about unsaved work. */
  startPlan(template: Template): void;
  /** The document flows: open, save, import... */
  readonly files: DocumentFlows;
  /**
   * Runs a change that resizes the canvas (a side panel folding, the problems panel opening or closing): a view
   * still as its last fit left it is fitted again to the new room; a view the user moved stays (keepingFit).
   */
  keepingFit(change: () => void): void;
}
