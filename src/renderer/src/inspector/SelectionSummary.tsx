/** The inspector for several selected elements: what is selected, and what can be done with all of it. */
import { indexPlan } from '@shared/edit';
import { useEditor } from '../store/hooks';
import { CommandButton } from './CommandButton';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function SelectionSummary() {
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
            <CommandButton command="copy" icon="copy">
              Copy
            </CommandButton>
            <CommandButton command="duplicate" icon="copy">
              Duplicate
            </CommandButton>
          </>
        )}
        <CommandButton command="delete" icon="trash" danger>
          Delete
        </CommandButton>
      </div>
    </div>
  );
}
