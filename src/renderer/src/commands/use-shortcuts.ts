/**
 * The keyboard: one listener on the window that maps key presses to
 * commands through the catalog. Typing in a field is never hijacked (only
 * Find and F6 work there); while a dialog is open it handles its own keys.
 */
import { useEffect } from 'react';
import { useEditorStore } from '../store/context';
import { COMMAND_IDS, COMMANDS, type CommandId, type CommandMeta } from './catalog';
import { useCommands } from './context';
import { matchesCombo, parseCombo, type KeyCombo } from './keys';
import { IS_MAC } from './platform-keys';

interface Binding {
  readonly id: CommandId;
  readonly combo: KeyCombo;
  readonly inInputs: boolean;
}

const BINDINGS: readonly Binding[] = COMMAND_IDS.flatMap((id) => {
  const meta: CommandMeta = COMMANDS[id];
  return meta.keys.map((spec) => ({ id, combo: parseCombo(spec), inInputs: meta.inInputs ?? false }));
});

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset'].includes(target.type);
  return false;
}

export function useShortcuts(): void {
  const commands = useCommands();
  const store = useEditorStore();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing) return;
      // Dialogs outside the store (export, CSV import, unsaved changes) count too.
      if (store.getState().ui.dialog !== null || document.querySelector('dialog[open]') !== null) return;
      const editable = isEditableTarget(event.target);
      const binding = BINDINGS.find((b) => matchesCombo(b.combo, event, IS_MAC));
      if (binding === undefined || (editable && !binding.inInputs)) return;
      event.preventDefault();
      commands.run(binding.id);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [commands, store]);
}
