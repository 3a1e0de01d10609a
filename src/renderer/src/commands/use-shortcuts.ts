/**
 * The keyboard: one listener on the window that maps key presses to
 * commands through the catalog. Typing in a field is never hijacked (only
 * Find and F6 work there); while a dialog is open it handles its own keys.
 */
import { useEffect } from 'react';
import { commandForKey } from '@shared/commands/bindings';
import { useEditorStore } from '../store/context';
import { useCommands } from './context';
import { IS_MAC } from './platform-keys';

/** A text field, where typing must not run commands. */
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
      const id = commandForKey(event, IS_MAC, isEditableTarget(event.target));
      if (id === undefined) return;
      event.preventDefault();
      commands.run(id);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [commands, store]);
}
