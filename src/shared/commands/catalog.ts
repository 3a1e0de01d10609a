/**
 * Every command of the editor with its label and shortcuts, in one place: the
 * renderer's keyboard handler, tooltips, header menus and shortcuts sheet, and
 * Electron's native menu (through menu-commands.ts) are all built from it.
 * Pure data, so src/main can read it without importing renderer code; what a
 * command does is bound in src/renderer/src/commands/perform/.
 */
import { formatCombo } from './keys';

/** The groups of the shortcuts sheet, in its order. */
export const COMMAND_GROUPS = ['File', 'Scenario', 'Place', 'Edit', 'Arrange', 'View', 'Help'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

export interface CommandMeta {
  readonly label: string;
  /** Shortcuts; the first is the one tooltips show. */
  readonly keys: readonly string[];
  readonly group: CommandGroup;
  /** Also runs while the focus is in a text field. */
  readonly inInputs?: boolean;
  /** Shortcuts only the desktop app's native menu binds, because browsers keep them (Ctrl+1 is the first tab). */
  readonly menuOnlyKeys?: readonly string[];
  /** Runs only while the focus is on the canvas: the arrow keys keep their meaning in lists, menus and fields. */
  readonly canvasOnly?: boolean;
  /** Changes the plan, one undo step per run (commands without it never touch the undo history). */
  readonly undoable?: boolean;
}

export const COMMANDS = {
  // Mod+N is the usual shortcut (Electron's menu owns it; browsers may keep it for a new window), Shift+N still works.
  newPlan: { label: 'New plan…', keys: ['Mod+N', 'Shift+N'], group: 'File' },
  open: { label: 'Open…', keys: ['Mod+O'], group: 'File', inInputs: true },
  save: { label: 'Save', keys: ['Mod+S'], group: 'File', inInputs: true },
  saveAs: { label: 'Save as…', keys: ['Shift+Mod+S'], group: 'File', inInputs: true },
  importCsv: { label: 'Import people from CSV…', keys: ['Mod+I'], group: 'File' },
  // Shift+Mod+E is Electron's menu accelerator; Mod+E is the shorter one.
  exportPng: { label: 'Export PNG image…', keys: ['Shift+Mod+E', 'Mod+E'], group: 'File' },
  exportSvg: { label: 'Export SVG image…', keys: ['Alt+Mod+E'], group: 'File' },
  exportPdf: { label: 'Export PDF document…', keys: ['Alt+Shift+Mod+E'], group: 'File' },
  exportJson: { label: 'Export a JSON copy…', keys: ['Alt+Mod+J'], group: 'File' },
  // Diagram and table exports, beside PDF's Alt+Shift+Mod+E: the format's initial.
  exportDrawio: { label: 'Export draw.io diagram…', keys: ['Alt+Shift+Mod+D'], group: 'File' },
  exportMermaid: { label: 'Export Mermaid flowchart…', keys: ['Alt+Shift+Mod+M'], group: 'File' },
  exportGraphml: { label: 'Export GraphML graph…', keys: ['Alt+Shift+Mod+G'], group: 'File' },
  exportCsv: { label: 'Export people as CSV…', keys: ['Alt+Shift+Mod+C'], group: 'File' },
  // Scenarios (issue 17): creating, renaming and deleting one are undo steps; switching is not an edit.
  newScenario: { label: 'New scenario from this one', keys: ['Alt+Shift+N'], group: 'Scenario', undoable: true },
  // These two open a dialog; the rename or delete it confirms is the undo step.
  renameScenario: { label: 'Rename scenario…', keys: ['Alt+Shift+F2'], group: 'Scenario' },
  deleteScenario: { label: 'Delete scenario…', keys: ['Alt+Shift+Delete'], group: 'Scenario' },
  nextScenario: { label: 'Show the next scenario', keys: ['Alt+PageDown'], group: 'Scenario' },
  previousScenario: { label: 'Show the previous scenario', keys: ['Alt+PageUp'], group: 'Scenario' },
  addPm: { label: 'Add a Product Manager', keys: ['M'], group: 'Place', undoable: true },
  addPo: { label: 'Add a Product Owner', keys: ['O'], group: 'Place', undoable: true },
  addPerson: { label: 'Add a person', keys: ['P'], group: 'Place', undoable: true },
  addTeam: { label: 'Add a Scrum team', keys: ['T'], group: 'Place', undoable: true },
  addInternal: { label: 'Add an internal stakeholder', keys: ['I'], group: 'Place', undoable: true },
  addExternal: { label: 'Add an external stakeholder', keys: ['E'], group: 'Place', undoable: true },
  undo: { label: 'Undo', keys: ['Mod+Z'], group: 'Edit' },
  redo: { label: 'Redo', keys: ['Shift+Mod+Z', 'Mod+Y'], group: 'Edit' },
  rename: { label: 'Rename', keys: ['F2'], group: 'Edit' },
  delete: { label: 'Delete', keys: ['Delete', 'Backspace'], group: 'Edit', undoable: true },
  selectAll: { label: 'Select all', keys: ['Mod+A'], group: 'Edit' },
  selectSubtree: { label: 'Select subtree', keys: ['S'], group: 'Edit' },
  escape: { label: 'Deselect / clear highlight', keys: ['Escape'], group: 'Edit' },
  copy: { label: 'Copy', keys: ['Mod+C'], group: 'Edit' },
  cut: { label: 'Cut', keys: ['Mod+X'], group: 'Edit', undoable: true },
  paste: { label: 'Paste', keys: ['Mod+V'], group: 'Edit', undoable: true },
  duplicate: { label: 'Duplicate', keys: ['Mod+D'], group: 'Edit', undoable: true },
  toggleDotted: { label: 'Solid / dotted reporting line', keys: ['D'], group: 'Edit', undoable: true },
  autoLayout: { label: 'Auto layout', keys: ['Shift+L'], group: 'Arrange', undoable: true },
  // The Auto layout menu's choices; each is stored in the plan and lays it out, as one undo step.
  layoutCompact: { label: 'Auto layout: compact', keys: ['Alt+Shift+C'], group: 'Arrange', undoable: true },
  layoutTree: { label: 'Auto layout: top-down tree', keys: ['Alt+Shift+T'], group: 'Arrange', undoable: true },
  layoutLeftRight: { label: 'Auto layout: left to right', keys: ['Alt+Shift+R'], group: 'Arrange', undoable: true },
  relayoutOnCollapse: {
    label: 'Re-lay out on every collapse / expand',
    keys: ['Alt+Shift+F'],
    group: 'Arrange',
    undoable: true,
  },
  snap: { label: 'Snap to grid', keys: ['G'], group: 'Arrange' },
  collapse: { label: 'Collapse / expand subtree', keys: ['C'], group: 'Arrange' },
  nudgeLeft: {
    label: 'Nudge the selection left',
    keys: ['Shift+ArrowLeft'],
    group: 'Arrange',
    canvasOnly: true,
    undoable: true,
  },
  nudgeRight: {
    label: 'Nudge the selection right',
    keys: ['Shift+ArrowRight'],
    group: 'Arrange',
    canvasOnly: true,
    undoable: true,
  },
  nudgeUp: {
    label: 'Nudge the selection up',
    keys: ['Shift+ArrowUp'],
    group: 'Arrange',
    canvasOnly: true,
    undoable: true,
  },
  nudgeDown: {
    label: 'Nudge the selection down',
    keys: ['Shift+ArrowDown'],
    group: 'Arrange',
    canvasOnly: true,
    undoable: true,
  },
  find: { label: 'Find a person', keys: ['Mod+F'], group: 'View', inInputs: true },
  focusLeft: { label: 'Focus the nearest card to the left', keys: ['ArrowLeft'], group: 'View', canvasOnly: true },
  focusRight: { label: 'Focus the nearest card to the right', keys: ['ArrowRight'], group: 'View', canvasOnly: true },
  focusUp: { label: 'Focus the nearest card above', keys: ['ArrowUp'], group: 'View', canvasOnly: true },
  focusDown: { label: 'Focus the nearest card below', keys: ['ArrowDown'], group: 'View', canvasOnly: true },
  fitView: { label: 'Fit view', keys: ['Shift+1'], group: 'View', menuOnlyKeys: ['Mod+1'] },
  zoomIn: { label: 'Zoom in', keys: ['+', '='], group: 'View' },
  zoomOut: { label: 'Zoom out', keys: ['-'], group: 'View' },
  zoomReset: { label: 'Zoom to 100%', keys: ['Shift+0'], group: 'View' },
  minimap: { label: 'Show / hide minimap', keys: ['Shift+M'], group: 'View' },
  cardFields: { label: 'Fields on cards…', keys: ['Shift+F'], group: 'View' },
  theme: { label: 'Switch theme (system, light, dark)', keys: ['Shift+T'], group: 'View' },
  nextRegion: { label: 'Move focus to the next panel', keys: ['F6'], group: 'View', inInputs: true },
  togglePalette: { label: 'Show / hide the palette', keys: ['Mod+B'], group: 'View' },
  toggleInspector: { label: 'Show / hide the inspector', keys: ['Alt+Mod+B'], group: 'View' },
  problems: { label: 'Show / hide the problems panel', keys: ['Shift+Mod+M'], group: 'View', inInputs: true },
  metrics: { label: 'Show / hide the org metrics', keys: ['Alt+Shift+M'], group: 'View' },
  nextProblem: { label: 'Go to the next problem', keys: ['F8'], group: 'View', inInputs: true },
  previousProblem: { label: 'Go to the previous problem', keys: ['Shift+F8'], group: 'View', inInputs: true },
  // The compare view (renderer compare/): the plan against its last saved version or a plan file; D for diff.
  compare: { label: 'Compare with…', keys: ['Alt+Shift+D'], group: 'View' },
  shortcuts: { label: 'Keyboard shortcuts', keys: ['?'], group: 'Help' },
} as const satisfies Record<string, CommandMeta>;

export type CommandId = keyof typeof COMMANDS;

export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

/** The commands of one group, so each group's perform functions are checked to cover exactly it. */
export type CommandIdIn<G extends CommandGroup> = {
  [K in CommandId]: (typeof COMMANDS)[K]['group'] extends G ? K : never;
}[CommandId];

/** For ids that cross a process boundary (main's menu → the renderer). */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && Object.hasOwn(COMMANDS, value);
}

/** "Undo (Ctrl+Z)": the label and first shortcut, for tooltips. */
export function commandTitle(id: CommandId, mac: boolean, label?: string): string {
  const meta: CommandMeta = COMMANDS[id];
  const first = meta.keys[0];
  return first === undefined ? (label ?? meta.label) : `${label ?? meta.label} (${formatCombo(first, mac)})`;
}
