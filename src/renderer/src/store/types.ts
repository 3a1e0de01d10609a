/**
 * The editor's state: one zustand store of three slices. Only the document
 * (the plan) is in the undo history; selection and UI state never are.
 *
 * Every user action is an `EditorAction` (actions/*.ts): a pure function from
 * the current state to the changes it makes, which also says how the change
 * enters the undo history.
 */
import type { Fragment } from '@shared/edit';
import type { Plan, Position } from '@shared/model/types';
import type { Scenario } from '@shared/scenarios/scenario-list';
import type { Preferences } from '@shared/settings/preferences';
import type { CompareUi } from '../compare/compare-state';

export interface Selection {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export type NoticeTone = 'error' | 'info';

export interface Notice {
  readonly id: number;
  readonly tone: NoticeTone;
  readonly text: string;
}

/** A found node's reporting chain, drawn highlighted up to the top. */
export interface Highlight {
  readonly targetId: string;
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** While a person is dragged over another: what dropping there would do. */
export interface DropTarget {
  readonly nodeId: string;
  readonly targetId: string;
  readonly ok: boolean;
  readonly message: string;
}

export type Dialog =
  'start' | 'shortcuts' | 'waive' | 'compare' | 'cardFields' | 'renameScenario' | 'deleteScenario' | null;

/** The problems panel (problems/): open or not, which tab, which problem is selected (by violationKey). */
export interface ProblemsUi {
  readonly open: boolean;
  readonly tab: 'problems' | 'rules' | 'metrics';
  readonly active: string | null;
}

export interface UiState {
  readonly settings: Preferences;
  /** The node being renamed in place on the canvas. */
  readonly renamingId: string | null;
  /** Managers whose subtree is folded away. */
  readonly collapsed: ReadonlySet<string>;
  readonly highlight: Highlight | null;
  /** Positions of the nodes being dragged, until the drag ends and commits them to the plan in one step. */
  readonly dragPositions: ReadonlyMap<string, Position> | null;
  readonly dropTarget: DropTarget | null;
  readonly clipboard: Fragment | null;
  /** Pastes since the last copy, so each paste lands a little further away. */
  readonly pasteCount: number;
  readonly notices: readonly Notice[];
  readonly dialog: Dialog;
  readonly problems: ProblemsUi;
  /** The violation (by violationKey) the waive dialog is about, while it is open. */
  readonly waiveKey: string | null;
  /**
   * The user showed the minimap (Shift+M) while the plan was over the minimap's size limit, so it stays shown on
   * large plans for this session. Not persisted; see src/shared/view/minimap-rule.ts.
   */
  readonly minimapOnLargePlans: boolean;
  /** The compare view (compare/): what the plan is compared with, or null when it is not shown. */
  readonly compare: CompareUi | null;
}

/**
 * The document's scenarios (format 3), in the switcher's order, the root first. The active one's live plan is
 * `DocumentSlice.plan`; its entry here keeps the plan it had when it was last switched to or away from.
 */
export interface ScenarioSet {
  readonly activeId: string;
  readonly list: readonly Scenario[];
}

/**
 * The document slice: the ACTIVE scenario's plan (so every feature that reads `plan` acts on it), the other
 * scenarios, and both as last opened or saved (for the dirty flag).
 */
export interface DocumentSlice {
  readonly plan: Plan;
  readonly baseline: Plan;
  readonly scenarios: ScenarioSet;
  readonly baselineScenarios: ScenarioSet;
}

export interface SelectionSlice {
  readonly selection: Selection;
}

export interface UiSlice {
  readonly ui: UiState;
}

export type EditorSnapshot = DocumentSlice & SelectionSlice & UiSlice;

/** How a result enters the undo history: recorded as one step, not at all, or by starting a new history. */
export type HistoryMode = 'record' | 'none' | 'reset';

export interface ActionResult {
  readonly plan?: Plan;
  readonly baseline?: Plan;
  /**
   * The scenarios after the action. A result with a new `plan` and `baseline` but no `scenarios` is a new
   * document (New, an import) and starts with one scenario; `baseline` alone (a save) keeps the scenarios as saved.
   */
  readonly scenarios?: ScenarioSet;
  readonly selection?: Selection;
  readonly ui?: Partial<UiState>;
  readonly history: HistoryMode;
  readonly notice?: { readonly tone: NoticeTone; readonly text: string };
}

export interface EditorAction<A = void> {
  /** Pure: reads the state, returns the changes, or null when there is nothing to do. */
  readonly perform: (state: EditorSnapshot, arg: A) => ActionResult | null;
}

export interface EditorState extends EditorSnapshot {
  dispatch: <A>(action: EditorAction<A>, arg: A) => void;
  undo: () => void;
  redo: () => void;
}

/**
 * What the undo history keeps of the state: the document only, every scenario and which one is active, so undoing
 * an edit of another scenario shows that scenario again.
 */
export interface HistoryState {
  readonly plan: Plan;
  readonly scenarios: ScenarioSet;
}
