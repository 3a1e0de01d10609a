/**
 * The side panels' show / hide buttons. An open panel has a hide button in its
 * top corner (laid over the panel in the same grid cell, so the palette and
 * the inspector need not know); a folded one leaves a narrow rail holding the
 * button that brings it back. Ctrl+B and Ctrl+Alt+B do the same.
 */
import { sidePanelOpen, type SidePanelId } from '../actions/side-panels';
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useSettings } from '../store/hooks';
import { cx } from '../ui/cx';
import { Icon } from '../ui/icons';

const NAMES: Readonly<Record<SidePanelId, string>> = { palette: 'palette', inspector: 'inspector' };
const COMMAND = { palette: 'togglePalette', inspector: 'toggleInspector' } as const;

export function useSidePanelOpen(id: SidePanelId): boolean {
  return sidePanelOpen(useSettings(), id);
}

export function SidePanelToggle({ id }: { readonly id: SidePanelId }) {
  const commands = useCommands();
  const open = useSidePanelOpen(id);
  const label = `${open ? 'Hide' : 'Show'} the ${NAMES[id]}`;
  const button = (
    <button
      type="button"
      className={cx('op-icon-button', 'op-side-toggle', `op-side-toggle--${id}`)}
      aria-label={label}
      aria-expanded={open}
      title={titleFor(COMMAND[id], label)}
      data-testid={`toggle-${id}`}
      onClick={() => {
        commands.run(COMMAND[id]);
      }}
    >
      <Icon name={id === 'palette' ? 'panelLeft' : 'panelRight'} />
    </button>
  );
  if (open) return button;
  return (
    <div className={cx('op-side-rail', `op-side-rail--${id}`)} data-testid={`rail-${id}`}>
      {button}
    </div>
  );
}
