/**
 * What the keyboard handler and the shortcuts sheet read from the catalog:
 * every command's key bindings, and the sheet's rows by group.
 */
import { COMMAND_GROUPS, COMMAND_IDS, COMMANDS, type CommandGroup, type CommandId, type CommandMeta } from './catalog';
import { matchesCombo, parseCombo, type KeyCombo, type KeyEventLike } from './keys';

interface Binding {
  readonly id: CommandId;
  readonly combo: KeyCombo;
  readonly inInputs: boolean;
  readonly canvasOnly: boolean;
}

const BINDINGS: readonly Binding[] = COMMAND_IDS.flatMap((id) => {
  const meta: CommandMeta = COMMANDS[id];
  return meta.keys.map((spec) => ({
    id,
    combo: parseCombo(spec),
    inInputs: meta.inInputs ?? false,
    canvasOnly: meta.canvasOnly ?? false,
  }));
});

/**
 * The command a key press runs, if any; in a text field only the commands marked `inInputs` run, and the
 * `canvasOnly` ones only when the focus is on the canvas (`onCanvas`).
 */
export function commandForKey(
  event: KeyEventLike,
  mac: boolean,
  inTextField: boolean,
  onCanvas = false,
): CommandId | undefined {
  const binding = BINDINGS.find((b) => matchesCombo(b.combo, event, mac));
  if (binding === undefined || (inTextField && !binding.inInputs) || (binding.canvasOnly && !onCanvas))
    return undefined;
  return binding.id;
}

/** Whether a command runs only on the canvas (the canvas's own key handler runs those). */
export function isCanvasCommand(id: CommandId): boolean {
  const meta: CommandMeta = COMMANDS[id];
  return meta.canvasOnly === true;
}

export interface SheetRow {
  readonly id: CommandId;
  readonly label: string;
  readonly keys: readonly string[];
}

/** The `?` sheet: every command with its shortcuts, grouped in the catalog's group order. */
export function shortcutSheet(): readonly { readonly group: CommandGroup; readonly rows: readonly SheetRow[] }[] {
  return COMMAND_GROUPS.map((group) => ({
    group,
    rows: COMMAND_IDS.filter((id) => COMMANDS[id].group === group).map((id) => {
      const meta: CommandMeta = COMMANDS[id];
      return { id, label: meta.label, keys: meta.keys };
    }),
  }));
}
