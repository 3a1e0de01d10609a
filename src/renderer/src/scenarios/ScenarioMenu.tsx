/**
 * The header's scenario switcher: a button naming the shown scenario opens a menu of every scenario (pick one to
 * show it) and the scenario commands: new from this one, rename, delete. Keyboard as the layout menu: Enter, Space
 * or ArrowDown opens it on the checked scenario; ArrowUp / ArrowDown / Home / End move, Enter or Space picks,
 * Escape or Tab closes. Switching is not an edit; the commands are catalog commands with their own shortcuts.
 */
import { useMenuPopup } from '../ui/use-menu-popup';
import { COMMANDS, type CommandId } from '@shared/commands/catalog';
import { formatCombo } from '@shared/commands/keys';
import { switchScenarioAction } from '../actions/switch-scenario';
import { useCommands } from '../commands/context';
import { IS_MAC, titleFor } from '../commands/platform-keys';
import { useCommandEnabled } from '../commands/use-command-enabled';
import { useDispatch } from '../store/hooks';
import { useActiveScenarioId, useScenarioList } from '../store/scenario-hooks';
import { Icon } from '../ui/icons';
import { ScenarioDialogs } from './ScenarioDialogs';
import './scenarios.css';

const ACTIONS: readonly CommandId[] = ['newScenario', 'renameScenario', 'deleteScenario'];
const shortcutOf = (id: CommandId): string => formatCombo(COMMANDS[id].keys[0], IS_MAC);

export function ScenarioMenu() {
  const commands = useCommands();
  const dispatch = useDispatch();
  const scenarios = useScenarioList();
  const activeId = useActiveScenarioId();
  const canDelete = useCommandEnabled('deleteScenario');
  const { open, setOpen, ref, toggle, closeMenu, onMenuKey } = useMenuPopup();
  const activeName = scenarios.find((s) => s.id === activeId)?.name ?? '';

  return (
    <div className="op-menu op-scenario-menu" ref={ref}>
      <button
        ref={toggle}
        type="button"
        className="op-button op-scenario-menu__toggle"
        title={`Scenario: ${activeName}. Switch, create, rename or delete scenarios (${shortcutOf('nextScenario')} next, ${shortcutOf('previousScenario')} previous)`}
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
        {/* The visible text is the accessible name ("Scenario: Split PMs"), as axe's label-content rule wants. */}
        <span className="op-scenario-menu__label">Scenario:</span>{' '}
        <span className="op-scenario-menu__name">{activeName}</span>
        <Icon name="chevronDown" />
      </button>
      {open && (
        <div className="op-menu__list" role="menu" aria-label="Scenarios" onKeyDown={onMenuKey}>
          {scenarios.map((scenario) => (
            <button
              key={scenario.id}
              type="button"
              role="menuitemradio"
              aria-checked={scenario.id === activeId}
              className="op-menu__item"
              onClick={() => {
                closeMenu();
                dispatch(switchScenarioAction, scenario.id);
              }}
            >
              <span className="op-scenario-menu__item-name">
                <span className="op-layout-menu__check" aria-hidden="true">
                  {scenario.id === activeId ? '●' : ''}
                </span>
                {scenario.name}
              </span>
              <kbd>{scenario.plan.nodes.length.toLocaleString('en')} cards</kbd>
            </button>
          ))}
          <div className="op-menu__separator" role="separator" />
          {ACTIONS.map((id) => (
            <button
              key={id}
              type="button"
              role="menuitem"
              className="op-menu__item"
              title={titleFor(id)}
              disabled={id === 'deleteScenario' && !canDelete}
              onClick={() => {
                closeMenu();
                commands.run(id);
              }}
            >
              <span>{COMMANDS[id].label}</span>
              <kbd>{shortcutOf(id)}</kbd>
            </button>
          ))}
        </div>
      )}
      <ScenarioDialogs />
    </div>
  );
}
