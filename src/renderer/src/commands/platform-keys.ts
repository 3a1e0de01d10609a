/** Shortcut spelling for this machine: ⌘ on macOS, Ctrl elsewhere. */
import { commandTitle, type CommandId } from '@shared/commands/catalog';
import { isMacPlatform } from '@shared/commands/keys';

export const IS_MAC: boolean = typeof navigator !== 'undefined' && isMacPlatform(navigator);

/** Tooltip text naming the command and its shortcut, e.g. "Undo (Ctrl+Z)". */
export function titleFor(id: CommandId, label?: string): string {
  return commandTitle(id, IS_MAC, label);
}
