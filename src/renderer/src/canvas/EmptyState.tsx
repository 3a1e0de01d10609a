/** What an empty plan shows: how to begin, and the article's example one click away. */
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useEditor } from '../store/hooks';
import { Icon } from '../ui/icons';

export function EmptyState() {
  const empty = useEditor((s) => s.plan.nodes.length === 0);
  const commands = useCommands();
  if (!empty) return null;
  return (
    <div className="op-empty">
      <div className="op-empty__card" role="region" aria-label="Empty plan">
        <h2>This plan is empty</h2>
        <p>
          Click a role in the palette (or press <kbd>M</kbd>, <kbd>O</kbd>, <kbd>P</kbd>, <kbd>T</kbd>, <kbd>I</kbd>,{' '}
          <kbd>E</kbd>) to place it, or drag it onto the canvas. Then drag from a card’s dot to another card to connect
          them.
        </p>
        <div className="op-empty__actions">
          <button
            type="button"
            className="op-button op-button--primary"
            onClick={() => {
              commands.startPlan('example');
            }}
          >
            <Icon name="file" /> Start from the article’s example
          </button>
          <button
            type="button"
            className="op-button"
            title={titleFor('addPm')}
            onClick={() => {
              commands.run('addPm');
            }}
          >
            <Icon name="pm" /> Add a Product Manager
          </button>
        </div>
      </div>
    </div>
  );
}
