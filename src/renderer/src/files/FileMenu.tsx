/** The header's File menu: the same commands as the application menu in Electron, for the browser and Electron alike. */
import { useEffect, useRef, useState } from 'react';
import { COMMANDS, type CommandMeta } from '@shared/commands/catalog';
import { useCommands } from '../commands/context';
import { formatCombo } from '@shared/commands/keys';
import { FILE_MENU } from '@shared/commands/menu-commands';
import { IS_MAC, titleFor } from '../commands/platform-keys';
import { Icon } from '../ui/icons';

function shortcut(meta: CommandMeta): string {
  const first = meta.keys[0];
  return first === undefined ? '' : formatCombo(first, IS_MAC);
}

export function FileMenu() {
  const commands = useCommands();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    // Any click outside, or Escape, closes the menu.
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && ref.current?.contains(event.target as Node) === true) return;
      setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <div className="op-menu" ref={ref}>
      <button
        type="button"
        className="op-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        <Icon name="file" /> File
      </button>
      {open && (
        <div className="op-menu__list" role="menu" aria-label="File">
          {FILE_MENU.map((id, index) =>
            id === null ? (
              <div key={`sep-${index}`} className="op-menu__separator" role="separator" />
            ) : (
              <button
                key={id}
                type="button"
                role="menuitem"
                className="op-menu__item"
                title={titleFor(id)}
                onClick={() => {
                  setOpen(false);
                  commands.run(id);
                }}
              >
                <span>{COMMANDS[id].label}</span>
                <kbd>{shortcut(COMMANDS[id])}</kbd>
              </button>
            ),
          )}
        </div>
      )}
    </div>
  );
}
