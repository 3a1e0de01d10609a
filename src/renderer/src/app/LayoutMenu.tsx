/**
 * The Auto layout button and its menu: the button lays the plan out in its chosen style; the arrow beside it opens
 * the choices (compact, top-down tree, left to right, and re-laying out on every collapse / expand), which are
 * stored in the plan. Keyboard: the arrow button opens with Enter, Space or ArrowDown and focuses the checked
 * choice; ArrowUp / ArrowDown / Home / End move, Enter or Space picks, Escape or Tab closes. Each choice is also a
 * catalog command with its own shortcut.
 */
import { useMenuPopup } from '../ui/use-menu-popup';
import { COMMANDS, type CommandId } from '@shared/commands/catalog';
import { formatCombo } from '@shared/commands/keys';
import type { LayoutStyle } from '@shared/model/types';
import { useCommands } from '../commands/context';
import { IS_MAC, titleFor } from '../commands/platform-keys';
import { useEditor } from '../store/hooks';
import { Icon } from '../ui/icons';

const STYLES: readonly { readonly style: LayoutStyle; readonly command: CommandId; readonly label: string }[] = [
  { style: 'compact', command: 'layoutCompact', label: 'Compact' },
  { style: 'tree', command: 'layoutTree', label: 'Top-down tree' },
  { style: 'left-right', command: 'layoutLeftRight', label: 'Left to right' },
];

const shortcutOf = (id: CommandId): string => formatCombo(COMMANDS[id].keys[0], IS_MAC);

export function LayoutMenu() {
  const commands = useCommands();
  const style = useEditor((s) => s.plan.layout?.style ?? 'compact');
  const relayout = useEditor((s) => s.plan.layout?.relayoutOnCollapse === true);
  const { open, setOpen, ref, toggle, onMenuKey } = useMenuPopup();

  const pick = (id: CommandId): void => {
    setOpen(false);
    toggle.current?.focus();
    commands.run(id);
  };

  return (
    <div className="op-menu op-layout-menu" ref={ref}>
      <button
        type="button"
        className="op-button op-layout-menu__run"
        title={titleFor('autoLayout')}
        onClick={() => {
          commands.run('autoLayout');
        }}
      >
        <Icon name="layout" /> <span className="op-button__label">Auto layout</span>
      </button>
      <button
        ref={toggle}
        type="button"
        className="op-icon-button op-layout-menu__toggle"
        aria-label="Layout choices"
        title={`Layout choices (${STYLES.map((item) => shortcutOf(item.command)).join(', ')})`}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setOpen((value) => !value);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          setOpen(true);
        }}
      >
        <Icon name="chevronDown" />
      </button>
      {open && (
        <div className="op-menu__list" role="menu" aria-label="Layout choices" onKeyDown={onMenuKey}>
          {STYLES.map((item) => (
            <button
              key={item.style}
              type="button"
              role="menuitemradio"
              aria-checked={style === item.style}
              className="op-menu__item"
              title={titleFor(item.command)}
              onClick={() => {
                pick(item.command);
              }}
            >
              <span>
                <span className="op-layout-menu__check" aria-hidden="true">
                  {style === item.style ? '●' : ''}
                </span>
                {item.label}
              </span>
              <kbd>{shortcutOf(item.command)}</kbd>
            </button>
          ))}
          <div className="op-menu__separator" role="separator" />
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={relayout}
            className="op-menu__item"
            title={titleFor('relayoutOnCollapse')}
            onClick={() => {
              pick('relayoutOnCollapse');
            }}
          >
            <span>
              <span className="op-layout-menu__check" aria-hidden="true">
                {relayout ? '✓' : ''}
              </span>
              Re-lay out on collapse / expand
            </span>
            <kbd>{shortcutOf('relayoutOnCollapse')}</kbd>
          </button>
          <div className="op-menu__separator" role="separator" />
          <button
            type="button"
            role="menuitem"
            className="op-menu__item"
            title={titleFor('cardFields')}
            onClick={() => {
              pick('cardFields');
            }}
          >
            <span>
              <span className="op-layout-menu__check" aria-hidden="true" />
              Fields on cards…
            </span>
            <kbd>{shortcutOf('cardFields')}</kbd>
          </button>
        </div>
      )}
    </div>
  );
}
