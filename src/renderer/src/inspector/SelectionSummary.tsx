/** The inspector for several selected elements: what is selected, and what can be done with all of it. */
import { indexPlan } from '@shared/edit';
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useEditor } from '../store/hooks';
import { Icon } from '../ui/icons';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function SelectionSummary() {
  const commands = useCommands();
  const summary = useEditor((s) => {
    const { nodeById } = indexPlan(s.plan);
    let people = 0;
    let teams = 0;
    let stakeholders = 0;
    for (const id of s.selection.nodes) {
      const kind = nodeById.get(id)?.kind;
      if (kind === 'team') teams++;
      else if (kind === 'stakeholder') stakeholders++;
      else if (kind !== undefined) people++;
    }
    const parts = [
      people > 0 && plural(people, 'person', 'people'),
      teams > 0 && plural(teams, 'team'),
      stakeholders > 0 && plural(stakeholders, 'stakeholder'),
      s.selection.edges.size > 0 && plural(s.selection.edges.size, 'connection'),
    ].filter(Boolean);
    return parts.join(', ');
  });
  const hasNodes = useEditor((s) => s.selection.nodes.size > 0);
  return (
    <div className="op-inspector__body">
      <header className="op-inspector__head">
        <div>
          <div className="op-inspector__kind">Selection</div>
          <div className="op-inspector__name">{summary}</div>
        </div>
      </header>
      <div className="op-inspector__actions">
        {hasNodes && (
          <>
            <button
              type="button"
              className="op-button"
              title={titleFor('copy')}
              onClick={() => {
                commands.run('copy');
              }}
            >
              <Icon name="copy" /> Copy
            </button>
            <button
              type="button"
              className="op-button"
              title={titleFor('duplicate')}
              onClick={() => {
                commands.run('duplicate');
              }}
            >
              <Icon name="copy" /> Duplicate
            </button>
          </>
        )}
        <button
          type="button"
          className="op-button op-button--danger"
          title={titleFor('delete')}
          onClick={() => {
            commands.run('delete');
          }}
        >
          <Icon name="trash" /> Delete
        </button>
      </div>
    </div>
  );
}
