/** The header toolbar: plan name, file and edit commands, arrange, find, theme and help. */
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useCommandEnabled } from '../commands/use-command-enabled';
import { FileMenu } from '../files/FileMenu';
import { FindBox } from '../find/FindBox';
import { ScenarioMenu } from '../scenarios/ScenarioMenu';
import { useEditor, useIsDirty } from '../store/hooks';
import { Icon } from '../ui/icons';
import { LayoutMenu } from './LayoutMenu';
import { ThemeSwitch } from './ThemeSwitch';

export function Header() {
  const commands = useCommands();
  const canUndo = useCommandEnabled('undo');
  const canRedo = useCommandEnabled('redo');
  const dirty = useIsDirty();
  const name = useEditor((s) => s.plan.name ?? 'Untitled plan');
  return (
    <header className="op-header" data-region="toolbar">
      <div className="op-brand">
        <svg className="op-brand__mark" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="8" y="2" width="8" height="6" rx="1.5" />
          <rect x="2" y="16" width="8" height="6" rx="1.5" />
          <rect x="14" y="16" width="8" height="6" rx="1.5" />
          <path d="M12 8v4M6 16v-4h12v4" fill="none" />
        </svg>
        <span className="op-brand__name">Org Planner</span>
      </div>
      <div className="op-docname" title={dirty ? 'Changed since it was opened' : undefined}>
        {/* The plan's name is the window's one level-one heading; its full text shows on hover when it is cut short. */}
        <h1 className="op-docname__text" title={name}>
          {name}
        </h1>
        {dirty && <span className="op-docname__dirty" role="img" aria-label="unsaved changes" />}
      </div>
      <ScenarioMenu />
      <nav className="op-toolbar" aria-label="Toolbar">
        <FileMenu />
        <button
          type="button"
          className="op-button"
          title={titleFor('newPlan')}
          onClick={() => {
            commands.run('newPlan');
          }}
        >
          <Icon name="file" /> <span className="op-button__label">New…</span>
        </button>
        <span className="op-divider" />
        <button
          type="button"
          className="op-icon-button"
          title={titleFor('undo')}
          aria-label="Undo"
          disabled={!canUndo}
          onClick={() => {
            commands.run('undo');
          }}
        >
          <Icon name="undo" />
        </button>
        <button
          type="button"
          className="op-icon-button"
          title={titleFor('redo')}
          aria-label="Redo"
          disabled={!canRedo}
          onClick={() => {
            commands.run('redo');
          }}
        >
          <Icon name="redo" />
        </button>
        <span className="op-divider" />
        <LayoutMenu />
      </nav>
      <div className="op-header__end">
        <FindBox />
        <ThemeSwitch />
        <button
          type="button"
          className="op-icon-button"
          title={titleFor('shortcuts')}
          aria-label="Keyboard shortcuts"
          onClick={() => {
            commands.run('shortcuts');
          }}
        >
          <Icon name="keyboard" />
        </button>
      </div>
    </header>
  );
}
