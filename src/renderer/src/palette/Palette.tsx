/** The left palette: click a kind to place it at the centre of the view, or drag it onto the canvas. */
import type { DragEvent } from 'react';
import { useCommands } from '../commands/context';
import { COMMANDS } from '@shared/commands/catalog';
import { formatCombo } from '@shared/commands/keys';
import { IS_MAC, titleFor } from '../commands/platform-keys';
import { Icon } from '../ui/icons';
import { PALETTE_ITEMS, PALETTE_MIME, type PaletteItem } from './palette-items';

function onDragStart(event: DragEvent, item: PaletteItem): void {
  event.dataTransfer.setData(PALETTE_MIME, item.command);
  event.dataTransfer.effectAllowed = 'copy';
}

export function Palette() {
  const commands = useCommands();
  return (
    <aside className="op-palette" data-region="palette" aria-label="Palette">
      <h2 className="op-panel-title">Add to the plan</h2>
      <ul className="op-palette__list">
        {PALETTE_ITEMS.map((item) => (
          <li key={item.command}>
            <button
              type="button"
              className={`op-palette__item op-palette__item--${item.tone}`}
              draggable
              title={`${titleFor(item.command)}: ${item.hint}. Click to place, or drag onto the canvas.`}
              data-testid={`palette-${item.command}`}
              onDragStart={(event) => {
                onDragStart(event, item);
              }}
              onClick={() => {
                commands.run(item.command);
              }}
            >
              <kbd className="op-palette__key">{formatCombo(COMMANDS[item.command].keys[0], IS_MAC)}</kbd>
              <span className="op-palette__icon">
                <Icon name={item.icon} size={18} />
              </span>
              <span className="op-palette__label">{item.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <h2 className="op-panel-title">Connect</h2>
      <ul className="op-legend">
        <li>
          <svg viewBox="0 0 40 10" aria-hidden="true">
            <path className="op-legend__reports" d="M2 5h30" />
            <path className="op-legend__arrow" d="M31 1.5 L38 5 L31 8.5z" />
          </svg>
          reports to (arrow at the manager)
        </li>
        <li>
          <svg viewBox="0 0 40 10" aria-hidden="true">
            <path className="op-legend__dotted" d="M2 5h30" />
            <path className="op-legend__arrow" d="M31 1.5 L38 5 L31 8.5z" />
          </svg>
          dotted line (secondary manager)
        </li>
        <li>
          <svg viewBox="0 0 40 10" aria-hidden="true">
            <path className="op-legend__member" d="M2 5h36" />
          </svg>
          member of a team
        </li>
        <li>
          <svg viewBox="0 0 40 10" aria-hidden="true">
            <path className="op-legend__engages" d="M2 5h36" />
          </svg>
          engages a stakeholder
        </li>
      </ul>
      <p className="op-palette__help">
        Drag from a card’s dot to another card to connect them: the kind of line follows from the cards. A PO reports to
        a PM, and a lower level to a higher one, whichever dot you use; otherwise drag from a person’s bottom dot to
        someone who reports to them. Drop a person onto another to change their manager. With a card selected, a new PO
        goes under a selected PM, a team under a selected PO and a stakeholder beside a selected person, connected.
      </p>
    </aside>
  );
}
